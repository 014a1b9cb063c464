/**
 * The one thing a page may learn of the reader's device: whether the browser says it is a phone, in
 * its own low-entropy client hint `Sec-CH-UA-Mobile: ?1`. Chromium browsers send it on every request
 * without being asked; Safari and Firefox send none, and get the wide layout. Only the matrix reads
 * it (a phone gets a first window of the matrix the size of a phone's screen), and its responses
 * say so (`Vary: Sec-CH-UA-Mobile`), so that caches keep the two apart.
 */

export const DEVICE_HINT = 'Sec-CH-UA-Mobile'

export type Device = 'phone' | 'wide'

/** The device a request's hint names: `?1` is a phone; anything else, or none, the wide layout. */
export function deviceOf(hint: string | string[] | null | undefined): Device {
  return (Array.isArray(hint) ? hint[0] : hint)?.trim() === '?1' ? 'phone' : 'wide'
}

// The pages whose HTML depends on the hint: the matrix in each language (its embed keeps one
// window: a frame's size says nothing of the device).
const DEVICE_PAGES = /^\/(ru\/)?matrix$/

/** True for the paths whose responses vary on the device hint. */
export function variesOnDevice(path: string | null): boolean {
  return path !== null && DEVICE_PAGES.test(path)
}

import 'server-only'
import { headers } from 'next/headers'
import { REQUEST_URL_HEADER } from './links'

/**
 * The absolute address of the page being rendered (as the browser asked for it: scheme, host,
 * path and parameters), which the share menu, the embed links and the Open Graph tags are made
 * of. Null outside a page request.
 */
export async function requestUrl(): Promise<URL | null> {
  const value = (await headers()).get(REQUEST_URL_HEADER)
  if (!value) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

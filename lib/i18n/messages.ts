/** Shared by the request config, the layout and the tests (docs/i18n.md). */

/** What a message key that no message file holds renders as: tests/e2e/i18n.test.ts fails on it. */
export const MISSING_MESSAGE_MARK = '⟦missing⟧ '

/**
 * The namespaces client components read (useTranslations in a 'use client' file, or in a component
 * such a file imports). Only these go to the browser, in the page's payload; server components'
 * messages stay on the server. A namespace may be a part of one ("ui.client"): a namespace whose
 * server components and client components share it keeps the client's words under `client`.
 */
export const CLIENT_NAMESPACES = [
  'common',
  'statuses',
  'languageSwitch',
  'pickers',
  'eventsControls',
  'changesControls',
  'mapControls',
  'overlapsControls',
  'alignmentControls',
  'charts',
  'ui.client',
  'tables.client',
  'matrix.client',
  'errors.client',
  // The trade page's controls and charts; the rest of `trade` (partners, coverage, table, lede) is
  // server components' words, 6 kB the browser never reads.
  'trade.charts',
  'trade.controls',
] as const

type Messages = Record<string, unknown>

/** The client namespaces of a message file, each at its own place ({ ui: { client: … } }). */
export function clientMessages(messages: Messages): Messages {
  const out: Messages = {}
  for (const namespace of CLIENT_NAMESPACES) {
    const path = namespace.split('.')
    const value = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Messages)[key] : undefined), messages)
    if (value === undefined) continue
    let target = out
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Messages
    target[path[path.length - 1]] = value
  }
  return out
}

/** Every key of a message file, as dotted paths ("matrix.title"). */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? messageKeys(value as Messages, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

/** Shared by the request config, the layout and the tests (docs/i18n.md). */

/** What a message key that no message file holds renders as: tests/e2e/i18n.test.ts fails on it. */
export const MISSING_MESSAGE_MARK = '⟦missing⟧ '

/**
 * The namespaces client components read (useTranslations in a 'use client' file, or in a component
 * such a file imports). Only these go to the browser, in the page's payload; server components'
 * messages stay on the server. A namespace may be a part of one ("ui.client"): a namespace whose
 * server components and client components share it keeps the client's words under `client`.
 *
 * The site's namespaces go with every page (the root layout's provider): the header, the footer
 * and the widgets many pages share read them.
 */
export const SITE_CLIENT_NAMESPACES = ['common', 'statuses', 'languageSwitch', 'pickers', 'charts', 'ui.client', 'tables.client', 'errors.client'] as const

/**
 * The namespaces that only one page's client components read (and its embed's): that page sends
 * them itself (components/ui/page-messages.tsx), so that the others do not carry them. Each sits
 * under a top-level key no site namespace has: the page's provider adds them to the site's.
 */
export const PAGE_CLIENT_NAMESPACES = {
  matrix: ['matrix.client'],
  // The trade page's controls and charts; the rest of `trade` (partners, coverage, table, lede) is server components' words.
  trade: ['trade.charts', 'trade.controls'],
  events: ['eventsControls'],
  changes: ['changesControls'],
  map: ['mapControls'],
  overlaps: ['overlapsControls'],
  alignment: ['alignmentControls'],
} as const satisfies Record<string, readonly string[]>

export type ClientPage = keyof typeof PAGE_CLIENT_NAMESPACES

/** Every namespace the browser may be sent, on one page or another. */
export const CLIENT_NAMESPACES: readonly string[] = [...SITE_CLIENT_NAMESPACES, ...Object.values(PAGE_CLIENT_NAMESPACES).flat()]

type Messages = Record<string, unknown>

/** The given namespaces of a message file (by default the site's), each at its own place ({ ui: { client: … } }). */
export function clientMessages(messages: Messages, namespaces: readonly string[] = SITE_CLIENT_NAMESPACES): Messages {
  const out: Messages = {}
  for (const namespace of namespaces) {
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

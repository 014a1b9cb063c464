/** Shared by the request config, the layout and the tests (docs/i18n.md). */

/** What a message key that no message file holds renders as: tests/e2e/i18n.test.ts fails on it. */
export const MISSING_MESSAGE_MARK = '⟦missing⟧ '

/**
 * The namespaces client components read (useTranslations in a 'use client' file). Only these go to
 * the browser, in the page's payload; server components' messages stay on the server.
 */
export const CLIENT_NAMESPACES = ['common', 'statuses', 'languageSwitch', 'charts', 'trade'] as const

type Messages = Record<string, unknown>

/** The client namespaces of a message file. */
export function clientMessages(messages: Messages): Messages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]))
}

/** Every key of a message file, as dotted paths ("matrix.title"). */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? messageKeys(value as Messages, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

import { createTranslator } from 'next-intl'
import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import { DEFAULT_LOCALE, type Locale } from './locales'

const MESSAGES: Record<Locale, typeof en> = { en, ru }

/** A message of one namespace, with its ICU arguments filled in. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * The messages of `namespace` in `locale` outside a page's rendering: library code that writes
 * text for a language it is told (chart and preview images, their source lines). Server code only:
 * it holds every message of both files (client components take theirs from useTranslations).
 */
export function translator(locale: Locale = DEFAULT_LOCALE, namespace: string): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never, timeZone: 'UTC' })
  return (key, values) => (t as unknown as (key: string, values?: Record<string, string | number>) => string)(key, values)
}

'use client'

import { useLocale, useTranslations } from 'next-intl'
import { listWords, yearSpan } from './chart-data'

/** "a, b and c" in the page's language (English as listWords writes it). */
export function useListWords(): (words: string[]) => string {
  const locale = useLocale()
  return (words) => listWords(words, locale)
}

/** "1991–2026" from a chart's rows, or "no years" in the page's language. */
export function useYearSpan(): (rows: readonly { year?: unknown }[]) => string {
  const t = useTranslations('charts')
  return (rows) => (rows.length ? yearSpan(rows) : t('noYears'))
}

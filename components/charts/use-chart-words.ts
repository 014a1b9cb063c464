'use client'

import { useLocale, useTranslations } from 'next-intl'
import { formatList } from '@/lib/i18n/numbers'
import { yearSpan } from './chart-data'

/** "a, b and c" in the page's language (lib/i18n/numbers.ts). */
export function useListWords(): (words: string[]) => string {
  const locale = useLocale()
  return (words) => formatList(words, locale)
}

/** "1991–2026" from a chart's rows, or "no years" in the page's language. */
export function useYearSpan(): (rows: readonly { year?: unknown }[]) => string {
  const t = useTranslations('charts')
  return (rows) => (rows.length ? yearSpan(rows) : t('noYears'))
}

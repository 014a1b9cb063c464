import { useLocale, useTranslations } from 'next-intl'
import { formatDay, sinceDay, type Precision } from '@/lib/dates'
import { isLocale } from '@/lib/i18n/locales'

/** A date shown as precisely as it is known, with the ISO day for machines; `since`: as it reads after "since" (a Russian month declined). */
export function Day({ value, precision = 'day', since = false }: { value: string | null; precision?: Precision | null; since?: boolean }) {
  const locale = useLocale()
  const t = useTranslations('ui')
  if (!value) return null
  const p = precision ?? 'day'
  return (
    <time dateTime={value} title={p === 'day' ? undefined : t('knownTo', { precision: p })}>
      {(since ? sinceDay : formatDay)(value, p, isLocale(locale) ? locale : 'en')}
    </time>
  )
}

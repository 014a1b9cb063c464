import { useLocale, useTranslations } from 'next-intl'
import Link from '@/components/ui/link'
import { formatDay } from '@/lib/dates'
import { isLocale } from '@/lib/i18n/locales'

/**
 * From a view on one date to /changes: what changed between that date and today (or, on today, in
 * the year before), in the forum the view shows when it shows one.
 */
export function CompareLink({ asOf, today, forum }: { asOf: string; today: string; forum?: string }) {
  const t = useTranslations('ui')
  const locale = useLocale()
  const date = formatDay(asOf, 'day', isLocale(locale) ? locale : 'en')
  const params = new URLSearchParams(asOf < today ? { from: asOf, to: today } : { to: asOf })
  if (forum) params.set('forum', forum)
  return (
    <p className="compare-link">
      <Link href={`/changes?${params}`}>{asOf < today ? t('compareSince', { date }) : t('compareYearBefore', { date })}</Link>{' '}
      <span className="muted">{t('compareHint')}</span>
    </p>
  )
}

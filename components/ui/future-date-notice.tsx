import { useLocale, useTranslations } from 'next-intl'
import { formatDay, todayIso } from '@/lib/dates'
import { isLocale } from '@/lib/i18n/locales'

/** Says so when a view is asked for a day after today: it shows what is known today, not a forecast. */
export function FutureDateNotice({ asOf }: { asOf: string }) {
  const t = useTranslations('ui')
  const locale = useLocale()
  const today = todayIso()
  if (asOf <= today) return null
  const lang = isLocale(locale) ? locale : 'en'
  return (
    <p className="notice" role="status" data-future-date="">
      {t('futureDate', { date: formatDay(asOf, 'day', lang), today: formatDay(today, 'day', lang) })}
    </p>
  )
}

import { formatDay, todayIso } from '@/lib/dates'

/** Says so when a view is asked for a day after today: it shows what is known today, not a forecast. */
export function FutureDateNotice({ asOf }: { asOf: string }) {
  const today = todayIso()
  if (asOf <= today) return null
  return (
    <p className="notice" role="status" data-future-date="">
      {formatDay(asOf)} is in the future. This view shows the latest known state, as recorded on {formatDay(today)}: memberships in force today and dated
      changes already on record; anything decided later is not known yet.
    </p>
  )
}

import Link from '@/components/ui/link'
import { formatDay } from '@/lib/dates'

/**
 * From a view on one date to /changes: what changed between that date and today (or, on today, in
 * the year before), in the forum the view shows when it shows one.
 */
export function CompareLink({ asOf, today, forum }: { asOf: string; today: string; forum?: string }) {
  const params = new URLSearchParams(asOf < today ? { from: asOf, to: today } : { to: asOf })
  if (forum) params.set('forum', forum)
  return (
    <p className="compare-link">
      <Link href={`/changes?${params}`}>
        {asOf < today ? `What changed between ${formatDay(asOf)} and today` : `What changed in the year before ${formatDay(asOf)}`}
      </Link>{' '}
      <span className="muted">— accessions, changes of status and departures, with their dates and sources</span>
    </p>
  )
}

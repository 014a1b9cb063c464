import { STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'
import { el, type Html } from '@/lib/html'

/** The short labels of the legend and the cells (M, Obs, P, Assoc, Appl, Susp). */
export const STATUS_SHORT: Record<MembershipStatus, string> = {
  member: 'M',
  observer: 'Obs',
  partner: 'P',
  associate: 'Assoc',
  applicant: 'Appl',
  suspended: 'Susp',
}

/** A matrix cell's status: a short label on the status colour, the full word for screen readers. */
export function StatusChip({ status }: { status: MembershipStatus }) {
  return (
    <span className={`chip status-${status}`}>
      <span aria-hidden="true">{STATUS_SHORT[status]}</span>
      <span className="sr-only">{STATUS_LABELS[status]}</span>
    </span>
  )
}

export function StatusLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {(Object.keys(STATUS_SHORT) as MembershipStatus[]).map((s) => (
        <li key={s}>
          <StatusChip status={s} /> {STATUS_LABELS[s]}
        </li>
      ))}
      <li>
        <span className="changed-mark" aria-hidden="true">
          ◆
        </span>{' '}
        changed since the previous year
      </li>
      <li>
        <span className="chip chip-absent" aria-hidden="true">
          –
        </span>{' '}
        forum did not exist on the date
      </li>
    </ul>
  )
}

/** StatusChip's markup as a string, for the matrix's server-built table body (lib/html.ts). */
export function statusChipHtml(status: MembershipStatus): Html {
  return el(
    'span',
    { class: `chip status-${status}` },
    el('span', { 'aria-hidden': 'true' }, STATUS_SHORT[status]),
    el('span', { class: 'sr-only' }, STATUS_LABELS[status]),
  )
}

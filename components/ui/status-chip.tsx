import { useTranslations } from 'next-intl'
import { STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'
import { el, type Html } from '@/lib/html'

/** The short labels of the legend and the cells (M, Obs, P, Assoc, Appl, Susp) in English; messages `statuses.short` in every language. */
export const STATUS_SHORT: Record<MembershipStatus, string> = {
  member: 'M',
  observer: 'Obs',
  partner: 'P',
  associate: 'Assoc',
  applicant: 'Appl',
  suspended: 'Susp',
}

/** A status's words in the page's language: the short label of a cell and the full word. */
export interface StatusWords {
  short: string
  label: string
}

/** A matrix cell's status: a short label on the status colour, the full word for screen readers. */
export function StatusChip({ status }: { status: MembershipStatus }) {
  const t = useTranslations('statuses')
  return (
    <span className={`chip status-${status}`}>
      <span aria-hidden="true">{t(`short.${status}`)}</span>
      <span className="sr-only">{t(status)}</span>
    </span>
  )
}

export function StatusLegend() {
  const t = useTranslations('ui')
  const statuses = useTranslations('statuses')
  return (
    <ul className="legend" aria-label={t('legend')}>
      {(Object.keys(STATUS_SHORT) as MembershipStatus[]).map((s) => (
        <li key={s}>
          <StatusChip status={s} /> {statuses(s)}
        </li>
      ))}
      <li>
        <span className="changed-mark" aria-hidden="true">
          ◆
        </span>{' '}
        {t('legendChanged')}
      </li>
      <li>
        <span className="chip chip-absent" aria-hidden="true">
          –
        </span>{' '}
        {t('legendAbsent')}
      </li>
    </ul>
  )
}

/** StatusChip's markup as a string, for the matrix's server-built table body (lib/html.ts); English unless given the page's words. */
export function statusChipHtml(status: MembershipStatus, words: StatusWords = { short: STATUS_SHORT[status], label: STATUS_LABELS[status] }): Html {
  return el('span', { class: `chip status-${status}` }, el('span', { 'aria-hidden': 'true' }, words.short), el('span', { class: 'sr-only' }, words.label))
}

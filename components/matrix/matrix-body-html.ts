import { MEMBERSHIP_STATUSES, STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'
import { el, type Html } from '@/lib/html'
import { localizedHref, type Locale } from '@/lib/i18n/locales'
import { STATUS_SHORT, statusChipHtml, type StatusWords } from '../ui/status-chip'

/**
 * The matrix's body rows as HTML, from a compact description of them. The same function runs on
 * the server (the page's HTML) and in the browser (after a navigation), on the same data; React
 * never sees the cells as elements, so it neither writes them into the RSC payload nor hydrates
 * them (see MatrixBody).
 */

export interface MatrixBodyData {
  /** The columns after the party column, in order. */
  forums: { code: string; shortName: string; existed: boolean }[]
  /** The day the ◆ marks compare with, as shown ("9 Jun 2016"). */
  comparedWith: string
  rows: {
    code: string
    shortName: string
    /** The language of `shortName` when it is not the page's (a name without a sourced translation). */
    lang?: string
    region: string
    /** One character per forum, in column order (see packStatuses): the RSC payload carries 2,000 of them. */
    statuses: string
    /** Forums whose status differs from the comparison day, with the status it had (null: none). */
    changed: Record<string, MembershipStatus | null>
    /** Forums this party has applied to for a status it does not hold on the day, with what it applied for and when. */
    applied?: Record<string, string>
  }[]
}

const NO_STATUS = '-'

/** The words of the body in the page's language (messages `statuses` and `matrix`); English by default. */
export interface MatrixBodyWords {
  /** The page's language: the party links go to its pages. */
  locale: Locale
  statuses: Record<MembershipStatus, StatusWords>
  /** The chip of a forum that did not exist on the day, for screen readers. */
  didNotExist: (forum: string) => string
  /** The ◆ mark's title and its screen-reader text; `was` is a status or 'outside'. */
  changedTitle: (comparedWith: string, was: MembershipStatus | 'outside') => string
  changedText: (comparedWith: string, was: MembershipStatus | 'outside') => string
  /** The letter of a cell whose party had applied ("A"). */
  appliedLetter: string
}

export const ENGLISH_BODY_WORDS: MatrixBodyWords = {
  locale: 'en',
  statuses: Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, { short: STATUS_SHORT[s], label: STATUS_LABELS[s] }])) as Record<
    MembershipStatus,
    StatusWords
  >,
  didNotExist: (forum) => `${forum} did not exist`,
  changedTitle: (comparedWith, was) => `changed since ${comparedWith}: was ${was}`,
  changedText: (comparedWith, was) => ` changed since ${comparedWith}, was ${was}`,
  appliedLetter: 'A',
}

/** Statuses as one character each: its index in MEMBERSHIP_STATUSES, or '-' where there is none. */
export function packStatuses(statuses: (MembershipStatus | '' | null | undefined)[]): string {
  let packed = ''
  for (const status of statuses) {
    const index = status ? MEMBERSHIP_STATUSES.indexOf(status) : -1
    // A status that is not one of the ten a digit can hold would shift every later cell of the row.
    if (status && (index < 0 || index > 9)) throw new Error(`cannot pack the status ${status}`)
    packed += status ? String(index) : NO_STATUS
  }
  return packed
}

const unpackStatus = (packed: string, i: number): MembershipStatus | '' => {
  const c = packed[i]
  return c === NO_STATUS || c === undefined ? '' : MEMBERSHIP_STATUSES[Number(c)]
}

const chips = new Map<string, Html>()
const chip = (status: MembershipStatus, words: StatusWords) => {
  const key = `${status}\t${words.short}\t${words.label}`
  return chips.get(key) ?? (chips.set(key, statusChipHtml(status, words)), chips.get(key)!)
}

export function matrixBodyHtml({ forums, comparedWith, rows }: MatrixBodyData, words: MatrixBodyWords = ENGLISH_BODY_WORDS): string {
  let html = ''
  // Most cells are one of a column's few statuses with no mark: each is written once per column
  // and status, and rows reuse it (a world-scale page has 2,000 cells and about 200 distinct ones).
  const plainCells = new Map<string, Html>()
  rows.forEach((row, ri) => {
    // The roving focus of the arrow keys starts on the first row's heading (MatrixGrid moves it).
    const cells: Html[] = [
      el(
        'th',
        { scope: 'row', tabindex: ri === 0 ? 0 : null },
        el('a', { href: localizedHref(`/parties/${encodeURIComponent(row.code)}`, words.locale), lang: row.lang ?? null }, row.shortName),
        el('span', { class: 'row-region' }, row.region),
      ),
    ]
    forums.forEach((forum, fi) => {
      const status = unpackStatus(row.statuses, fi)
      const changed = forum.code in row.changed
      const was = row.changed[forum.code] ?? 'outside'
      const applied = row.applied?.[forum.code]
      const plain = !changed && applied === undefined ? `${fi}\t${status}` : null
      const reused = plain === null ? undefined : plainCells.get(plain)
      if (reused) return void cells.push(reused)
      const cell = el(
        'td',
        {
          class: `cell${forum.existed ? '' : ' absent'}${changed ? ' changed' : ''}`,
          'data-forum': forum.code,
          'data-status': status,
          'data-applied': applied ?? null,
        },
        status
          ? chip(status, words.statuses[status])
          : !forum.existed && el('span', { class: 'chip chip-absent', 'aria-label': words.didNotExist(forum.shortName) }, '–'),
        changed &&
          el(
            'span',
            { class: 'changed-mark', title: words.changedTitle(comparedWith, was) },
            '◆',
            el('span', { class: 'sr-only' }, words.changedText(comparedWith, was)),
          ),
        applied && el('span', { class: 'applied-mark', title: applied }, words.appliedLetter, el('span', { class: 'sr-only' }, ` ${applied}`)),
      )
      if (plain !== null) plainCells.set(plain, cell)
      cells.push(cell)
    })
    // The party is named once per row, not in each of its cells (2,000 of them on a world-scale page).
    html += el('tr', { 'data-party': row.code }, ...cells).html
  })
  return html
}

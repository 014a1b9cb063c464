'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { formatDay } from '@/lib/dates'
import { isLocale, localizedHref } from '@/lib/i18n/locales'
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '@/lib/domain/vocabulary'
import { cellDetail, type CellDetail, type MatrixDetails } from '@/lib/transforms/matrix-details'
import { GRID_KEYS, gridKeyTarget } from '@/components/tables/grid-keys'
import { StatusChip } from '../ui/status-chip'
import { sourceLang } from '../ui/source-link'

/**
 * The matrix's interaction, around the table (its children): arrow keys move a roving focus
 * between cells, as in a grid; a cell shows its details on hover or focus; links inside the table
 * navigate without reloading the page. One listener of each kind on the wrapper (event
 * delegation), so hydrating it costs the same for 20 cells or 2,000.
 */

interface Active {
  /** The details the cell was read with: after a navigation, the popover of the old view closes. */
  details: MatrixDetails
  party: string
  forum: string
  status: MembershipStatus | null
  rect: { top: number; left: number; bottom: number }
  /** The cell it belongs to: the popover follows it when the page or the table scrolls. */
  cell: HTMLTableCellElement
}

const isStatus = (s: string | undefined): s is MembershipStatus => (MEMBERSHIP_STATUSES as readonly string[]).includes(s ?? '')

export function MatrixGrid({ details, children }: { details: MatrixDetails; children: ReactNode }) {
  const router = useRouter()
  const [, startTransition] = useTransition()
  const [active, setActive] = useState<Active | null>(null)
  const prefetched = useRef(new Set<string>())

  const bodyCell = (target: EventTarget) => {
    const cell = (target as HTMLElement).closest?.('td, th') as HTMLTableCellElement | null
    return cell?.parentElement?.parentElement?.tagName === 'TBODY' ? cell : null
  }

  const show = (cell: HTMLTableCellElement | null) => {
    if (!cell || cell.tagName !== 'TD') return
    const party = (cell.parentElement as HTMLTableRowElement).dataset.party ?? ''
    const forum = cell.dataset.forum ?? ''
    if (active && active.details === details && active.party === party && active.forum === forum) return
    const r = cell.getBoundingClientRect()
    setActive({
      details,
      party,
      forum,
      status: isStatus(cell.dataset.status) ? cell.dataset.status : null,
      rect: { top: r.top, left: r.left, bottom: r.bottom },
      cell,
    })
  }

  /** Moves the roving focus (the one body cell with tabindex 0) to `target`. */
  const moveFocus = (target: HTMLTableCellElement) => {
    const previous = target.parentElement?.parentElement?.querySelector<HTMLElement>('[tabindex="0"]')
    if (previous && previous !== target) previous.tabIndex = -1
    target.tabIndex = 0
    target.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') return setActive(null)
    const cell = bodyCell(event.target)
    if (!cell) return
    if (!GRID_KEYS.has(event.key)) return
    const body = cell.parentElement!.parentElement as HTMLTableSectionElement
    event.preventDefault()
    const target = gridKeyTarget(cell, body, event.key, event.ctrlKey)
    if (target) moveFocus(target)
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest('a')
    if (!link) {
      // A click on a cell puts the roving focus there, so the arrow keys go on from it.
      const cell = bodyCell(event.target)
      if (cell && document.activeElement !== cell) moveFocus(cell)
      return
    }
    // Links in the table are plain <a> (no per-link component to hydrate); a plain left click
    // navigates within the app, as next/link would. A column head replaces the address, as every
    // other choice on this view does, and keeps the scroll position.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    if (link.target || link.hasAttribute('download') || link.origin !== window.location.origin) return
    event.preventDefault()
    const href = link.pathname + link.search + link.hash
    if (link.classList.contains('sort')) startTransition(() => router.push(href, { scroll: false }))
    else router.push(href)
  }

  function prefetch(event: MouseEvent<HTMLDivElement> | FocusEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest('a')
    if (!link || link.origin !== window.location.origin || link.classList.contains('sort')) return
    const href = link.pathname + link.search
    if (prefetched.current.has(href)) return
    prefetched.current.add(href)
    router.prefetch(href)
  }

  return (
    <div
      className="matrix"
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(e) => {
        prefetch(e)
        const cell = bodyCell(e.target)
        if (cell?.tagName === 'TD') show(cell)
      }}
      onMouseOver={(e) => {
        prefetch(e)
        show(bodyCell(e.target))
      }}
      onMouseLeave={() => setActive(null)}
    >
      {children}
      {active?.details === details ? <CellDetails active={active} onClose={() => setActive(null)} /> : null}
    </div>
  )
}

function CellDetails({ active, onClose }: { active: Active; onClose: () => void }) {
  const { details, party, forum, status } = active
  const t = useTranslations('matrix.client')
  const statuses = useTranslations('statuses')
  const locale = useLocale()
  const lang = isLocale(locale) ? locale : 'en'
  // Where its cell is now: a phone reader scrolls after tapping a cell, and the popover goes with
  // the cell (and hides while the cell is off screen) instead of staying fixed over other rows.
  const [rect, setRect] = useState(active.rect)
  useEffect(() => {
    setRect(active.rect)
    const follow = () => {
      const r = active.cell.getBoundingClientRect()
      setRect({ top: r.top, left: r.left, bottom: r.bottom })
    }
    window.addEventListener('scroll', follow, { capture: true, passive: true })
    window.addEventListener('resize', follow, { passive: true })
    return () => {
      window.removeEventListener('scroll', follow, { capture: true })
      window.removeEventListener('resize', follow)
    }
  }, [active])
  if (rect.bottom < 0 || rect.top > window.innerHeight) return null
  const [shortName, forumName, existence] = details.forums[forum] ?? [forum, forum, 'active']
  const cell = status ? cellDetail(details, party, forum) : null
  const top = Math.min(rect.bottom + 4, window.innerHeight - 180)
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - 340))
  return (
    <div className="cell-details" role="status" style={{ top, left }} onMouseLeave={onClose}>
      <p>
        {t.rich('cellHead', {
          party: details.parties[party] ?? party,
          forum: shortName,
          date: formatDay(details.asOf, 'day', lang),
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {existence !== 'active' ? (
        <p className="muted">{existence === 'dissolved' ? t('forumDissolved', { forum: forumName }) : t('forumNotYet', { forum: forumName })}</p>
      ) : status && cell ? (
        <>
          <p>
            <StatusChip status={status} /> {t('since', { status: statuses(status), date: formatDay(cell.since, cell.sincePrecision, lang) })}
            {cell.until ? t('until', { date: formatDay(cell.until, cell.untilPrecision ?? 'day', lang) }) : t('stillInForce')}
          </p>
          {/* The note is the record's, in English. */}
          {cell.note ? (
            <p className="note" lang={lang === 'en' ? undefined : 'en'}>
              {cell.note}
            </p>
          ) : null}
          <p className="cited">
            {t('sourceLabel')} <SourceLink cell={cell} lang={lang} />
          </p>
        </>
      ) : (
        <p className="muted">{t('noStatus')}</p>
      )}
    </div>
  )
}

/** The cell's source, as the page's list of sources names it (each item carries data-source). */
function SourceLink({ cell, lang }: { cell: CellDetail; lang: 'en' | 'ru' }) {
  const item = document.querySelector(`.source-list [data-source="${CSS.escape(cell.sourceId)}"]`)
  const link = item?.querySelector('a')
  const title = (link ?? item?.firstChild)?.textContent ?? cell.sourceId
  const titleLang = sourceLang(title) === lang ? undefined : sourceLang(title)
  return link ? (
    <a href={link.href} target="_blank" rel="noopener noreferrer" lang={titleLang}>
      {title}
    </a>
  ) : (
    <a href={localizedHref(`/sources#${cell.sourceId}`, lang)} lang={titleLang}>
      {title}
    </a>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { GRID_KEYS, gridKeyTarget } from './grid-keys'

/**
 * DataTable's island: the sort buttons of the header row, the sorting state, and the arrow keys
 * between cells. The rows come rendered by the server (plain markup, one `<tr>` each, keyed) with
 * their order for every column and direction (`orders`, computed by TanStack Table on the server):
 * a header press only puts the same rows in another order.
 */

export interface SortableHeader {
  id: string
  header: ReactNode
  className?: string
  sortable: boolean
}

type Sort = { id: string; desc: boolean } | null

export function SortableTable({
  caption,
  className,
  headers,
  rows,
  orders,
  initialSorting,
}: {
  caption: string
  className?: string
  headers: SortableHeader[]
  rows: ReactNode[]
  /** Indexes into `rows`: '' for the initial order, `${column}:asc` and `${column}:desc` for each sortable column. */
  orders: Record<string, number[]>
  initialSorting: Sort
}) {
  const t = useTranslations('tables.client')
  const [sorting, setSorting] = useState<Sort>(initialSorting)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const first = useRef(true)
  const order = (sorting && orders[`${sorting.id}:${sorting.desc ? 'desc' : 'asc'}`]) || orders['']

  // After a sort, the roving focus (the one body cell with tabindex 0) starts again at the first row.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const body = bodyRef.current
    if (!body) return
    for (const cell of body.querySelectorAll<HTMLElement>('[tabindex="0"]')) cell.tabIndex = -1
    const start = body.rows[0]?.cells[0]
    if (start) start.tabIndex = 0
  }, [sorting])

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const cell = (event.target as HTMLElement).closest('td,th') as HTMLTableCellElement | null
    const body = bodyRef.current
    if (!cell || !body) return
    if (!GRID_KEYS.has(event.key)) return
    event.preventDefault()
    const target = gridKeyTarget(cell, body, event.key, event.ctrlKey)
    if (!target) return
    cell.tabIndex = -1
    target.tabIndex = 0
    target.focus()
  }

  return (
    <div className={`table-scroll sticky-table ${className ?? ''}`} role="region" aria-label={caption}>
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => {
              const sorted = sorting?.id === h.id ? (sorting.desc ? 'desc' : 'asc') : false
              const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
              return (
                <th key={h.id} scope="col" aria-sort={ariaSort} className={h.className}>
                  {h.sortable ? (
                    // The first press sorts ascending, the next ones toggle (TanStack's order without removal).
                    <button type="button" className="sort" onClick={() => setSorting({ id: h.id, desc: sorted === 'asc' })}>
                      {/* The name starts with the visible heading (WCAG 2.5.3), then says what a press does. */}
                      {h.header}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                      <span className="sr-only">{sorted === 'asc' ? t('sortDescending') : t('sortAscending')}</span>
                    </button>
                  ) : (
                    h.header
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {order.map((i) => rows[i])}
        </tbody>
      </table>
    </div>
  )
}

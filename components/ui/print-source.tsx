'use client'

import { useSyncExternalStore } from 'react'

const noop = () => () => {}

/**
 * Shown only in print: the address of the page (which holds every choice of the view) and its
 * parameters spelled out, so a printout says exactly what it shows and where it came from.
 */
export function PrintSource() {
  const href = useSyncExternalStore(
    noop,
    () => window.location.href,
    () => '',
  )
  if (!href) return null
  const url = new URL(href)
  const params = [...url.searchParams.entries()]
  return (
    <div className="print-only print-source">
      <p>
        Printed from <span className="print-url">{href}</span>
      </p>
      {params.length ? (
        <p>
          Parameters:{' '}
          {params.map(([k, v], i) => (
            <span key={k}>
              {i ? '; ' : ''}
              {k} = {v}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  )
}

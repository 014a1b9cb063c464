'use client'

import { useTranslations } from 'next-intl'
import { useSyncExternalStore } from 'react'

const noop = () => () => {}

/**
 * Shown only in print: the address of the page (which holds every choice of the view) and its
 * parameters spelled out, so a printout says exactly what it shows and where it came from.
 */
export function PrintSource() {
  const t = useTranslations('ui.client')
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
        {t('printedFrom')} <span className="print-url">{href}</span>
      </p>
      {params.length ? (
        <p>
          {t('parameters')}{' '}
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

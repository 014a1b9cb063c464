import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

/**
 * A server-drawn chart that never shrinks below its natural size (its SVG carries a `minWidth`), so
 * its text stays legible on a phone; where the screen is narrower, the chart scrolls sideways
 * inside this region, which a keyboard reader can focus and a screen reader names.
 */
export function ChartScroll({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslations('charts.frame')
  return (
    <div className="chart-scroll" role="region" aria-label={t('scrolls', { label })} tabIndex={0}>
      {children}
    </div>
  )
}

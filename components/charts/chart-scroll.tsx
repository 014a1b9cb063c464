import type { ReactNode } from 'react'

/**
 * A server-drawn chart that never shrinks below its natural size (its SVG carries a `minWidth`), so
 * its text stays legible on a phone; where the screen is narrower, the chart scrolls sideways
 * inside this region, which a keyboard reader can focus and a screen reader names.
 */
export function ChartScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="chart-scroll" role="region" aria-label={`${label} (scrolls sideways on a narrow screen)`} tabIndex={0}>
      {children}
    </div>
  )
}

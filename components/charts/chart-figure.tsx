import type { ReactNode } from 'react'
import { WhenVisible } from './when-visible'

/**
 * A client-drawn chart's figure: its caption (the title, and for screen readers what the chart
 * shows), the drawing once it is in view (or at once), then what follows it (its numbers).
 */
export function ChartFigure({
  title,
  summary,
  height,
  atOnce,
  preload,
  drawing,
  children,
}: {
  title: string
  summary: string
  height: number
  atOnce?: boolean
  preload?: () => unknown
  drawing: ReactNode
  children?: ReactNode
}) {
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="sr-only">. {summary}</span>
      </figcaption>
      <WhenVisible height={height} atOnce={atOnce} preload={preload}>
        {drawing}
      </WhenVisible>
      {children}
    </figure>
  )
}

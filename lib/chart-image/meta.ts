/** What a chart image says about itself: written into the PNG and SVG downloads (components/charts/chart-frame.tsx). */
export interface ChartImageMeta {
  /** What the chart shows, as a sentence-case title. */
  title: string
  /** The date or date range it shows: "7 Jun 2012", "2000–2024". */
  period: string
  /** The source line: lib/chart-image/source-line.ts `sourceLine(...)`. */
  source: string
  /** File name without extension: lib/chart-image/filename.ts `chartFileBase(...)`. */
  filename: string
  /** Numbered notes the chart refers to (its markers "1", "2"…), in order: listed under the chart and written into the image. */
  notes?: string[]
}

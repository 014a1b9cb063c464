import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { ChartImageMeta } from '@/lib/chart-image/meta'
import { ChartDownloads } from './chart-downloads'
import { Share } from '@/components/ui/share'

/**
 * Wraps any chart (a recharts chart or an SVG drawn on the server) with its source line and two
 * buttons that download it as PNG and as SVG. The image is composed from the chart as drawn, with
 * `title`, `period` (the date or date range it shows), the numbered `notes` its marks refer to and `source` written into it, plus the
 * page's address. Beside the buttons, the view's share menu (components/ui/share.tsx: link, embed
 * snippet, image). A server component (the share menu reads the request's address); only the
 * buttons are client code, and the export code loads when a button is pressed. Everything outside `[data-chart-body]` (the caption,
 * the buttons) stays out of the image.
 */

export function ChartFrame({ title, period, source, filename, notes, children }: ChartImageMeta & { children: ReactNode }) {
  const t = useTranslations('charts.frame')
  return (
    <div className="chart-frame" data-chart-frame="">
      <div className="chart-frame-body" data-chart-body="">
        {children}
      </div>
      {notes?.length ? (
        <ol className="chart-notes" aria-label={t('notes')}>
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ol>
      ) : null}
      <div className="chart-frame-foot">
        {/* data-record: the line names the sources' publishers as they are (TASS, News Central Asia). */}
        {source ? (
          <p className="chart-frame-source" data-record="">
            {source}
          </p>
        ) : null}
        <div className="chart-frame-tools">
          <ChartDownloads title={title} period={period} source={source} filename={filename} notes={notes} />
          <Share title={title} chart />
        </div>
      </div>
    </div>
  )
}

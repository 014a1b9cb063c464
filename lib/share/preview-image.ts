import 'server-only'
import { MEMBERSHIP_STATUSES } from '../domain/vocabulary'
import { barsDrawing, ganttDrawing, heatmapDrawing, lineDrawing, mapDrawing, stackedAreaDrawing } from '../chart-image/preview-drawings'
import { composePreviewSvg, type Drawing } from '../chart-image/preview-svg'
import { withTextChunks } from '../chart-image/png-text'
import { svgToPng } from '../chart-image/rasterize'
import type { ChartImageMeta } from '../chart-image/meta'
import { datasetLine, fullListLine } from '../chart-image/source-line'
import { DEFAULT_LOCALE, localizedHref, type Locale } from '../i18n/locales'
import { translator } from '../i18n/translate'
import { todayIso } from '../dates'
import { DATA_LICENCE } from '../licences'
import { DATASET_VERSION } from '../release/manifest'
import { alignmentFigure, eventsFigure, forumFigure, mapFigure, matrixFigure, overlapsFigure, partyFigure, tradeFigure } from './view-figures'
import { chartRows } from '../transforms/chart-columns'

type Search = Record<string, string | string[]>

/** What a view's preview shows: its figure's description, and its chart drawn again or its summary lines. */
async function preview(path: string[], search: Search, locale: Locale): Promise<{ meta: ChartImageMeta; drawing: Drawing | null; summary?: string[] } | null> {
  const [view, code] = path
  const t = translator(locale, 'chartPreview')
  if (path.length !== (view === 'forums' || view === 'parties' ? 2 : 1)) return null
  switch (view) {
    case 'matrix': {
      const f = await matrixFigure(search, locale)
      return { meta: f.meta, drawing: null, summary: f.summary }
    }
    case 'events': {
      const f = await eventsFigure(search, locale)
      const first = f.shown.slice(-2).map((e) => `${e.startDate.slice(0, 4)}: ${e.title}`)
      return { meta: f.meta, drawing: null, summary: [...f.summary, ...first] }
    }
    case 'map': {
      const f = await mapFigure(search, locale)
      return { meta: f.meta, drawing: mapDrawing(f.frame, (alpha3) => (alpha3 && f.names[alpha3] ? f.model.byCode[alpha3]?.status : undefined)) }
    }
    case 'overlaps': {
      const f = await overlapsFigure(search, locale)
      const name = (c: string) => f.view.forums.find((x) => x.code === c)?.shortName ?? c
      return { meta: f.meta, drawing: barsDrawing(f.view.intersections.map((x) => ({ label: x.combination.map(name).join(' + '), value: x.parties.length }))) }
    }
    case 'alignment': {
      const f = await alignmentFigure(search, locale)
      return { meta: f.meta, drawing: heatmapDrawing(f.view.matrix.parties, f.view.matrix.scores) }
    }
    case 'trade': {
      const f = await tradeFigure(search, locale)
      return { meta: f.meta, drawing: lineDrawing(chartRows(f.series.data), f.series.series, f.view.scale === 'log') }
    }
    case 'forums': {
      const f = await forumFigure(code, locale)
      if (!f) return null
      return { meta: f.meta, drawing: f.series.length ? stackedAreaDrawing(f.series, f.statuses) : null, summary: [t('forum.none')] }
    }
    case 'parties': {
      const f = await partyFigure(code, locale)
      if (!f) return null
      const intervals = f.party.memberships.filter((m) => MEMBERSHIP_STATUSES.includes(m.status))
      return { meta: f.meta, drawing: intervals.length ? ganttDrawing(intervals, f.today) : null, summary: [t('party.none')] }
    }
    default:
      return null
  }
}

/**
 * The preview image of the view at `path` (`['trade']`, `['forums', 'SCO']`) with its parameters:
 * a 1200 × 630 PNG carrying its title, period and source in text chunks, as the chart downloads do.
 * Null when there is no such view (an unknown view, forum or party). In `locale` (lang=ru): the
 * words, names and dates in that language, and the permalink to the view's page in it.
 */
export async function previewPng(path: string[], search: Search, origin: string, locale: Locale = DEFAULT_LOCALE): Promise<Uint8Array | null> {
  const found = await preview(path, search, locale)
  if (!found) return null
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(search)) for (const one of Array.isArray(v) ? v : [v]) params.append(k, one)
  const permalink = `${origin}${localizedHref(`/${path.map(encodeURIComponent).join('/')}${params.size ? `?${params}` : ''}`, locale)}`
  // The dataset version, its licence and the day the image was drawn, as every chart image says (#21.2).
  const dataset = datasetLine(DATASET_VERSION, DATA_LICENCE.name, todayIso(), locale)
  const fullList = fullListLine(permalink, locale)
  const svg = composePreviewSvg({ meta: found.meta, fullList, dataset, drawing: found.drawing, summary: found.summary })
  return withTextChunks(svgToPng(svg), {
    Title: found.meta.title,
    Description: found.meta.period,
    Source: [found.meta.source, dataset, fullList].filter(Boolean).join(' · '),
    Software: 'forum-atlas',
  })
}

import 'server-only'
import { formatDay, todayIso } from '../dates'
import { MEMBERSHIP_STATUSES, STATUS_LABELS } from '../domain/vocabulary'
import { chartFileBase } from '../chart-image/filename'
import type { ChartImageMeta } from '../chart-image/meta'
import { sourceLine } from '../chart-image/source-line'
import { mapFrame, placementIn } from '../geo/frame'
import { loadWithFallback } from '../page-query'
import { alignmentQuery, EVENTS_PER_PAGE, eventsPageQuery, mapQuery, matrixPageQuery, overlapsQuery, tradeQuery } from '../params'
import { getAlignment } from '../queries/alignment'
import { queryEvents } from '../queries/events'
import { getForum } from '../queries/forums'
import { getMapData } from '../queries/map'
import { getMatrixWindow } from '../queries/matrix'
import { getOverlaps } from '../queries/overlaps'
import { getParty } from '../queries/parties'
import { getTrade } from '../queries/trade'
import { codeFromSegment } from '../route-code'
import { withoutEmpty } from '../search-params'
import { buildMapModel, mapSummary } from '../transforms/map'
import { countsByYear } from '../transforms/timeline'
import { tradeChartSeries, tradeValueChartMeta } from '../transforms/trade-value-chart'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { translator } from '../i18n/translate'
import { getNameBook } from '../queries/names'

/**
 * The one figure of each view that its embed page shows and its preview image draws, loaded with
 * the view's own URL schema (lib/params.ts) and query (lib/queries), and described as its chart's
 * image describes itself (title, period, source line: ChartImageMeta). A bad parameter falls back to
 * the view's default, as the view's page does. Views are named as their paths: /forums/CODE is
 * `forums` with the code. `locale` is the language of the words (messages `chartPreview`) and of
 * the names of forums and parties (the name book); facts (event titles, sources) stay as recorded.
 */

type Search = Record<string, string | string[] | undefined>

export async function matrixFigure(search: Search, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale, 'chartPreview')
  const { view: matrix, problem, params } = await loadWithFallback(matrixPageQuery, search, (query) => getMatrixWindow(query, undefined, locale))
  const q = problem ? {} : matrix.query
  const held = matrix.rows.reduce((n, r) => n + Object.values(r.cells).filter((c) => c?.status).length, 0)
  const meta = {
    title: t('matrix.title'),
    period: t('on', { day: formatDay(matrix.asOf, 'day', locale) }),
    source: sourceLine(matrix.sources, { locale }),
    filename: chartFileBase({ chart: 'matrix', period: matrix.asOf }),
  } satisfies ChartImageMeta
  const summary = [
    t('matrix.size', { parties: matrix.paging.rowsTotal, forums: matrix.paging.columnsTotal }),
    t('matrix.held', { parties: matrix.rows.length, forums: matrix.columns.length, held: String(held), count: held }),
  ]
  return { kind: 'matrix' as const, matrix, q, params, problem, meta, summary }
}

export async function mapFigure(search: Search, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale, 'chartPreview')
  const book = await getNameBook(locale)
  const { view, problem } = await loadWithFallback(mapQuery, search, async (query: Parameters<typeof getMapData>[0]) => {
    const data = await getMapData(query)
    const frame = mapFrame(data.view)
    return { data, frame, model: buildMapModel(data, (party) => placementIn(frame, party)) }
  })
  const { data, frame, model } = view
  const meta = {
    title: t('map.title', { forum: book.forum(data.forum.code, data.forum).shortName, view: data.view === 'region' ? 'region' : 'world' }),
    period: formatDay(data.asOf, 'day', locale),
    source: sourceLine(
      model.entries.map((e) => e.source),
      { locale },
    ),
    filename: chartFileBase({ chart: 'map', subject: [data.forum.code, data.view], period: data.asOf }),
  } satisfies ChartImageMeta
  const names = Object.fromEntries(data.parties.map((p) => [p.code, p.name]))
  return { kind: 'map' as const, data, frame, model, names, label: mapSummary(model, data.forum.shortName, data.asOf), problem, meta }
}

export async function overlapsFigure(search: Search, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale, 'chartPreview')
  const book = await getNameBook(locale)
  const { view, problem, params } = await loadWithFallback(overlapsQuery, search, getOverlaps)
  const statuses = view.statuses.map((s) => (locale === DEFAULT_LOCALE ? STATUS_LABELS[s].toLowerCase() + 's' : t(`statusesPlural.${s}`))).join(', ')
  const forumList = view.forums.map((f) => book.forum(f.code, f).shortName).join(', ')
  const codes = view.forums.map((f) => f.code)
  const euler = view.forums.length >= 2 && view.forums.length <= 3
  const meta = {
    title: t(euler ? 'overlaps.euler' : 'overlaps.upset', { forums: forumList, statuses }),
    period: t('on', { day: formatDay(view.asOf, 'day', locale) }),
    source: sourceLine(view.sources, { locale }),
    filename: chartFileBase({ chart: euler ? 'overlaps-euler' : 'overlaps-upset', subject: codes, period: view.asOf, many: 'forums' }),
  } satisfies ChartImageMeta
  return { kind: 'overlaps' as const, view, euler, params, problem, meta }
}

export async function alignmentFigure(search: Search, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale, 'chartPreview')
  const { view, problem, params } = await loadWithFallback(alignmentQuery, search, getAlignment)
  const meta = {
    title: t('alignment.title'),
    period: t('on', { day: formatDay(view.asOf, 'day', locale) }),
    source: sourceLine(
      view.sourceIds.matrix.map((id) => view.sources[id]).filter((s) => s !== undefined),
      { locale },
    ),
    filename: chartFileBase({ chart: 'alignment-heatmap', subject: view.matrix.parties, period: view.asOf, many: 'parties' }),
  } satisfies ChartImageMeta
  return { kind: 'alignment' as const, view, params, problem, meta }
}

export async function tradeFigure(search: Search, locale: Locale = DEFAULT_LOCALE) {
  const { view, problem, params } = await loadWithFallback(tradeQuery, search, getTrade)
  const series = tradeChartSeries(view, locale, await getNameBook(locale))
  return { kind: 'trade' as const, view, series, params, problem, meta: tradeValueChartMeta(view, series) }
}

export async function eventsFigure(search: Search, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale, 'chartPreview')
  const book = await getNameBook(locale)
  const { view, problem } = await loadWithFallback(eventsPageQuery, withoutEmpty(search), async ({ page, ...query }) => ({
    query,
    page: page ?? 1,
    events: await queryEvents(query),
  }))
  const { query, events } = view
  const pages = Math.max(1, Math.ceil(events.length / EVENTS_PER_PAGE))
  const page = Math.min(view.page, pages)
  const shown = events.slice((page - 1) * EVENTS_PER_PAGE, page * EVENTS_PER_PAGE)
  const years = events.map((e) => Number(e.startDate.slice(0, 4)))
  const period = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : t('events.none')
  const forum = query.forum
    ? locale === DEFAULT_LOCALE
      ? query.forum
      : book.forum(query.forum, { name: query.forum, shortName: query.forum }).shortName
    : 'none'
  const meta = {
    title: t('events.title', { forum, party: query.party ?? 'none' }),
    period,
    source: sourceLine(
      shown.map((e) => e.source),
      { locale },
    ),
    filename: chartFileBase({ chart: 'events', period: years.length ? period : 'No event' }),
  } satisfies ChartImageMeta
  const summary = [`${t('events.count', { count: events.length })}${pages > 1 ? t('events.page', { page, pages }) : ''}`]
  return { kind: 'events' as const, query, events, shown, problem, meta, summary }
}

export async function forumFigure(segment: string, locale: Locale = DEFAULT_LOCALE) {
  const code = codeFromSegment(segment)
  const forum = code === null ? null : await getForum(code)
  if (!forum) return null
  const today = todayIso()
  const firstYear = Number((forum.memberships[0]?.validFrom ?? forum.founded).slice(0, 4))
  const lastDay = forum.dissolved && forum.dissolved < today ? forum.dissolved : today
  const series = countsByYear(forum.memberships, Math.min(firstYear, Number(forum.founded.slice(0, 4))), lastDay)
  const statuses = MEMBERSHIP_STATUSES.filter((s) => series.some((row) => row[s] > 0))
  const book = await getNameBook(locale)
  const meta = forumChartMeta({ ...forum, shortName: book.forum(forum.code, forum).shortName }, series, lastDay, locale)
  return { kind: 'forums' as const, forum, series, statuses, lastDay, meta }
}

/** The forum page's chart of participants by status per year (ChartFrame's description of it). */
export function forumChartMeta(
  forum: { code: string; shortName: string; memberships: { source: Parameters<typeof sourceLine>[0][number] }[] },
  series: { year: number }[],
  lastDay: string,
  locale: Locale = DEFAULT_LOCALE,
): ChartImageMeta {
  const t = translator(locale, 'chartPreview')
  const first = series[0]?.year
  const last = series.at(-1)?.year
  return {
    title: t('forum.title', { forum: forum.shortName }),
    period: series.length ? t('forum.period', { first: String(first), last: String(last), day: formatDay(lastDay, 'day', locale) }) : '',
    source: sourceLine(
      forum.memberships.map((m) => m.source),
      { locale },
    ),
    filename: chartFileBase({ chart: 'forum', subject: [forum.code], period: `${first}-${last}` }),
  }
}

export async function partyFigure(segment: string, locale: Locale = DEFAULT_LOCALE) {
  const t = translator(locale, 'chartPreview')
  const code = codeFromSegment(segment)
  const party = code === null ? null : await getParty(code)
  if (!party) return null
  const today = todayIso()
  const ganttStart = Math.min(1991, ...party.memberships.map((m) => Number(m.validFrom.slice(0, 4))))
  const book = await getNameBook(locale)
  const meta = {
    title: t('party.title', { party: book.party(party.code, party).name }),
    period: `${ganttStart} – ${formatDay(today, 'day', locale)}`,
    source: sourceLine(
      party.memberships.map((m) => m.source),
      { locale },
    ),
    filename: chartFileBase({ chart: 'party', subject: [party.code], period: `${ganttStart}-${today}` }),
  } satisfies ChartImageMeta
  return { kind: 'parties' as const, party, today, ganttStart, meta }
}

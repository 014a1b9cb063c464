import 'server-only'
import { todayIso, type Precision } from '../dates'
import type { MembershipStatus } from '../domain/vocabulary'
import { DEFAULT_TRADE, ParamError, type TradeQuery } from '../params'
import { membershipChanges } from '../transforms/timeline'
import { mirrorSeries, tradeSeriesWith, type Flow, type TradeFigure, type TradePoint } from '../transforms/trade'
import { bulkRead } from '../db/bulk-read'
import { db, type Db } from './client'
import { cachedView } from './view-cache'
import { forumAggregates } from './forum-aggregate'
import { SOURCE_RANK_SQL } from './trade-source-rank'
import type { SourceRef } from '../domain/types'

export { SOURCE_RANK } from './trade-source-rank'
const DEFAULT_MARKER_FORUMS = ['SCO', 'EAEU', 'EURASEC', 'CSTO', 'OTS']

export interface TradeMarker {
  day: string
  /** How precisely `day` is known. */
  precision: Precision
  year: number
  reporter: string
  forumCode: string
  kind: 'joined' | 'status-changed' | 'left'
  status: MembershipStatus
  label: string
  /** The source of the membership interval behind the marker. */
  sourceId: string
}

/** A reporter's interval in a marker forum, as the markers need it. */
interface TradeMarkerInterval {
  partyCode: string
  forumCode: string
  status: MembershipStatus
  validFrom: string
  validFromPrecision: Precision
  validTo: string | null
  validToPrecision: Precision | null
  sourceId: string
}

export interface TradeView {
  reporters: string[]
  partners: string[]
  flow: Flow
  from: number
  to: number
  scale: 'linear' | 'log'
  reportedBy: 'reporter' | 'partner' | 'both'
  points: TradePoint[]
  /** Per series (reporter, partner, whose report, measure): the years with a figure and from which source. */
  coverage: { reporter: string; partner: string; reportedBy: string; measure: string; years: Record<number, string> }[]
  /** Each reporter's trade with World in the same flow, for partner shares. */
  world: TradePoint[]
  markers: TradeMarker[]
  sources: Record<string, SourceRef>
  names: Record<string, string>
  /** Choices for the controls. */
  reporterChoices: { code: string; name: string }[]
  partnerChoices: { code: string; name: string }[]
  forumChoices: { code: string; name: string }[]
  yearRange: { min: number; max: number }
  query: TradeQuery
}

/** The view for a (validated) query, from the view cache while the dataset has not changed. */
export async function getTrade(query: TradeQuery, given?: Db): Promise<TradeView> {
  const prisma = await db(given)
  // asked for alongside the view's own cache entry (each looks up the data version): one round trip, not two in a row
  const lists = tradeLists(prisma)
  lists.catch(() => {}) // a cached view does not wait for it; a failure surfaces where it is awaited
  return cachedView(
    prisma,
    'trade',
    query,
    () => computeTrade(query, prisma, lists),
    (v) => v.points.length + v.world.length + v.reporterChoices.length + v.partnerChoices.length,
  )
}

async function computeTrade(query: TradeQuery, prisma: Db, lists: ReturnType<typeof tradeLists>): Promise<TradeView> {
  const flow = query.flow ?? DEFAULT_TRADE.flow
  const { range, parties, forums, reporterRows, partnerRows, reporterChoices, partnerChoices, forumChoices, allNames, sources } = await lists
  // Defaults name the shipped dataset's parties and forums; on another dataset (an import, the
  // bench world) the ones it lacks are left out rather than reported as the reader's mistake.
  const reporterCodes = reporterRows.map((r) => r.reporterCode).sort()
  const partyCodes = new Set(parties.map((p) => p.code))
  const knownForums = new Set(forums.map((f) => f.code))
  const reporters = [
    ...new Set(
      query.reporters ??
        orFirst(
          DEFAULT_TRADE.reporters.filter((r) => reporterCodes.includes(r)),
          reporterCodes,
          DEFAULT_TRADE.reporters,
        ),
    ),
  ]
  const partners = [
    ...new Set(
      query.partners ??
        orFirst(
          DEFAULT_TRADE.partners.filter((p) => partyCodes.has(p)),
          partnerRows.map((r) => r.partnerCode).sort(),
          DEFAULT_TRADE.partners,
        ),
    ),
  ]
  const defaultMarkers = DEFAULT_MARKER_FORUMS.filter((f) => knownForums.has(f))
  const minYear = range.min ?? 1990
  const maxYear = range.max ?? Number(todayIso().slice(0, 4))
  const from = query.from ?? Math.max(DEFAULT_TRADE.from, minYear)
  const lastAsked = query.to ?? maxYear
  if (from > lastAsked) throw new ParamError('from', `must not be after to (${lastAsked})`)
  const reportedBy = query.reportedBy ?? 'reporter'
  const names = allNames
  const forumCodes = new Set(forums.map((f) => f.code))
  const badReporters = reporters.filter((r) => !names[r])
  if (badReporters.length) throw new ParamError('reporters', `unknown party code(s): ${badReporters.join(', ')}`)
  const badPartners = partners.filter((p) => (p.startsWith('forum:') ? !forumCodes.has(p.slice(6)) : !names[p]))
  if (badPartners.length) throw new ParamError('partners', `unknown partner(s): ${badPartners.join(', ')}`)
  const markerForums =
    query.markers ?? (partners.some((p) => p.startsWith('forum:')) ? partners.filter((p) => p.startsWith('forum:')).map((p) => p.slice(6)) : defaultMarkers)
  const badMarkers = markerForums.filter((m) => !forumCodes.has(m))
  if (badMarkers.length) throw new ParamError('markers', `unknown forum code(s): ${badMarkers.join(', ')}`)

  const aggregateForums = partners.filter((p) => p.startsWith('forum:')).map((p) => p.slice(6))
  const [figures, aggregates, reporterIntervals] = await Promise.all([
    // the partners asked for and World; forum aggregates are summed in the database
    tradeFigures(prisma, reporters, from - 1, lastAsked, [...new Set([...partners.filter((p) => !p.startsWith('forum:')), 'WLD'])]),
    forumAggregates(prisma, reporters, aggregateForums, from, lastAsked, flow),
    bulkRead<TradeMarkerInterval>(
      prisma,
      `SELECT party_code AS "partyCode", forum_code AS "forumCode", status::text AS status,
              to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", valid_from_precision::text AS "validFromPrecision",
              to_char(valid_to, 'YYYY-MM-DD') AS "validTo", valid_to_precision::text AS "validToPrecision", source_id AS "sourceId"
         FROM membership WHERE party_code = ANY($1::text[]) AND forum_code = ANY($2::text[]) ORDER BY id`,
      [reporters, markerForums],
    ),
  ])
  const mirrorPartners = partners.filter((p) => p !== 'WLD' && !p.startsWith('forum:'))
  const mirrorFigures = reportedBy !== 'reporter' && mirrorPartners.length ? await tradeFigures(prisma, mirrorPartners, from, lastAsked, reporters) : []
  const own = reportedBy === 'partner' ? [] : tradeSeriesWith(figures, { reporters, partners, flow, from, to: lastAsked }, aggregates)
  const mirrored = reportedBy === 'reporter' ? [] : mirrorSeries(mirrorFigures, { reporters, partners, flow, from, to: lastAsked })
  // Without an explicit end, the range ends at the last year with a figure for this choice.
  const lastWithFigure = Math.max(from, ...[...own, ...mirrored].map((p) => p.year))
  const to = query.to ?? lastWithFigure
  const points = [...own, ...mirrored].filter((p) => p.year <= to)
  const world = tradeSeriesWith(figures, { reporters, partners: ['WLD'], flow, from, to }, [])
  const coverageOf = new Map<string, { reporter: string; partner: string; reportedBy: string; measure: string; years: Record<number, string> }>()
  for (const p of points) {
    const k = `${p.reporter}|${p.partner}|${p.reportedBy ?? p.reporter}|${p.measure}`
    const row = coverageOf.get(k) ?? { reporter: p.reporter, partner: p.partner, reportedBy: p.reportedBy ?? p.reporter, measure: p.measure, years: {} }
    row.years[p.year] = p.sources.join(' ')
    coverageOf.set(k, row)
  }

  const forumName = Object.fromEntries(forums.map((f) => [f.code, f.shortName]))
  const markers: TradeMarker[] = []
  for (const reporter of reporters) {
    for (const forum of markerForums) {
      const list = reporterIntervals.filter((i) => i.partyCode === reporter && i.forumCode === forum)
      for (const c of membershipChanges(list, todayIso())) {
        const year = Number(c.day.slice(0, 4))
        if (year < from || year > to) continue
        const verb =
          c.kind === 'joined'
            ? `joins ${forumName[forum]} as ${c.status}`
            : c.kind === 'left'
              ? `leaves ${forumName[forum]}`
              : `in ${forumName[forum]}: ${c.previousStatus} → ${c.status}`
        markers.push({
          day: c.day,
          // An end known to the month or year is followed by a departure known no better.
          precision: (c.kind === 'left' ? c.interval.validToPrecision : c.interval.validFromPrecision) ?? 'day',
          year,
          reporter,
          forumCode: forum,
          kind: c.kind,
          status: c.status,
          label: `${names[reporter] ?? reporter} ${verb}`,
          sourceId: c.interval.sourceId,
        })
      }
    }
  }
  markers.sort((a, b) => a.day.localeCompare(b.day))

  const sourceIds = [...new Set([...[...points, ...world].flatMap((p) => p.sources), ...markers.map((m) => m.sourceId)])]
  const sourceRows = sourceIds.flatMap((id) => sources.get(id) ?? [])
  return {
    reporters,
    partners,
    flow,
    from,
    to,
    scale: query.scale ?? 'linear',
    reportedBy,
    points,
    coverage: [...coverageOf.values()],
    world,
    markers,
    sources: Object.fromEntries(sourceRows.map((s) => [s.id, s])),
    names,
    reporterChoices,
    partnerChoices,
    forumChoices,
    yearRange: { min: minYear, max: maxYear },
    query,
  }
}

/**
 * What the trade view needs that depends on neither the query nor the day (the year range, the
 * parties and forums, the reporter and partner choices): cached per dataset version apart from the
 * series, so that a series nobody asked for reads only its own figures. Plain reads on the driver:
 * Prisma's aggregate scanned the whole table for the year range (0.5 s on 2.4 M rows, where min
 * and max read the index); EXISTS probes the indexes where Prisma's `distinct` read every row.
 */
function tradeLists(prisma: Awaited<ReturnType<typeof db>>) {
  return cachedView(
    prisma,
    'trade-lists',
    null,
    async () => {
      const [[range], parties, forums, reporterRows, partnerRows, sourceRows] = await Promise.all([
        bulkRead<{ min: number | null; max: number | null }>(prisma, `SELECT min(year) AS min, max(year) AS max FROM trade_flow`, []),
        bulkRead<{ code: string; name: string }>(prisma, `SELECT code, name FROM party`, []),
        bulkRead<{ code: string; name: string; shortName: string }>(prisma, `SELECT code, name, short_name AS "shortName" FROM forum ORDER BY code`, []),
        bulkRead<{ reporterCode: string }>(
          prisma,
          `SELECT code AS "reporterCode" FROM party p WHERE EXISTS (SELECT 1 FROM trade_flow t WHERE t.reporter_code = p.code)`,
          [],
        ),
        bulkRead<{ partnerCode: string }>(
          prisma,
          `SELECT code AS "partnerCode" FROM party p WHERE EXISTS (SELECT 1 FROM trade_flow t WHERE t.partner_code = p.code)`,
          [],
        ),
        // every source (hundreds): a view then cites from memory instead of reading them after its figures
        bulkRead<SourceRef>(prisma, `SELECT id, title, publisher, url, published, kind::text AS kind FROM source`, []),
      ])
      // the names and the choices sorted once per version (sorting by name takes a few milliseconds)
      const allNames: Record<string, string> = Object.fromEntries(parties.map((p) => [p.code, p.name]))
      const reporterChoices = reporterRows
        .map((r) => ({ code: r.reporterCode, name: allNames[r.reporterCode] ?? r.reporterCode }))
        .sort((a, b) => a.name.localeCompare(b.name))
      const partnerChoices = partnerRows
        .map((r) => ({ code: r.partnerCode, name: allNames[r.partnerCode] ?? r.partnerCode }))
        .sort((a, b) => (a.code === 'WLD' ? -1 : b.code === 'WLD' ? 1 : a.name.localeCompare(b.name)))
      const forumChoices = forums.map((f) => ({ code: f.code, name: f.name }))
      for (const f of forums) allNames[`forum:${f.code}`] = `${f.shortName} members`
      const sources = new Map(sourceRows.map((r) => [r.id, r]))
      return {
        range: range ?? { min: null, max: null },
        parties,
        forums,
        reporterRows,
        partnerRows,
        reporterChoices,
        partnerChoices,
        forumChoices,
        allNames,
        sources,
      }
    },
    (v) => v.parties.length + v.forums.length + v.reporterRows.length + v.partnerRows.length + v.sources.size,
  )
}

/**
 * The trade figures of some reporters over a range of years, with every partner (partners null)
 * or some, in one set-based query whose rows are the figures as they are returned: the value's
 * canonical decimal text (`trim_scale`: "123.40" → "123.4", "7.00" → "7", as canonicalDecimal
 * writes it) and the source's rank are computed in SQL. One reporter's 30 years with 200 partners
 * (12,000 rows) cost three times the SQL when each row was reshaped and canonicalised in
 * JavaScript, and three times more again as Prisma's Decimal objects.
 */
export async function tradeFigures(
  prisma: Awaited<ReturnType<typeof db>>,
  reporters: string[],
  from: number,
  to: number,
  partners: string[] | null,
): Promise<TradeFigure[]> {
  return bulkRead<TradeFigure>(
    prisma,
    `SELECT t.reporter_code AS "reporterCode", t.partner_code AS "partnerCode", t.year, t.flow::text AS flow,
            t.estimated, t.source_id AS "sourceId", trim_scale(t.value_usd)::text AS "valueUsd", ${SOURCE_RANK_SQL} AS "sourceRank",
            t.measure::text AS measure
       FROM trade_flow t JOIN source s ON s.id = t.source_id
      WHERE t.reporter_code = ANY($1::text[]) AND t.year BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR t.partner_code = ANY($4::text[]))`,
    [reporters, from, to, partners],
  )
}

/** The defaults the dataset has; else its first candidate; else the defaults (reported as unknown). */
function orFirst(known: string[], candidates: string[], defaults: string[]): string[] {
  if (known.length) return known
  return candidates.length ? [candidates[0]] : defaults
}

import 'server-only'
import { bulkRead } from '../db/bulk-read'
import type { Flow, Measure, TradePoint } from '../transforms/trade'
import type { db } from './client'
import { SOURCE_RANK_SQL } from './trade-source-rank'

/**
 * Forum aggregates in one set-based statement: each reporter's trade with a forum's members
 * (status `member` on 31 December of each year, the reporter itself left out), summed per year and
 * measure in the database. It reads only the reporter's figures with those members, where summing in
 * JavaScript read the reporter's figures with every partner (one reporter's 30 years: 12,000 rows
 * for about 40 members' 2,400). The rules are `tradeSeries`'s (lib/transforms/trade.ts), which the
 * tests compare it with: the preferred figure per partner, year, flow and measure (official
 * statistics first, then the lower source id); a total is the published one, else exports + imports
 * of one publisher; a year in which no member has a figure is a gap; a partial sum lists the
 * members it lacks. Members are listed in code order. $1 reporters, $2 forum codes, $3 and $4 the
 * years, $5 the flow. `npm run bench` times this statement alone as the forum series' baseline.
 */
export const FORUM_AGGREGATE_SQL = `
WITH members AS (
  SELECT r.reporter, m.forum_code AS forum, y.year, m.party_code AS member
    FROM unnest($1::text[]) AS r(reporter)
   CROSS JOIN generate_series($3::int, $4::int) AS y(year)
    JOIN membership m
      ON m.forum_code = ANY($2::text[]) AND m.status = 'member' AND m.party_code <> r.reporter
     AND m.valid_from <= make_date(y.year, 12, 31) AND (m.valid_to IS NULL OR m.valid_to >= make_date(y.year, 12, 31))
), best AS (
  SELECT DISTINCT ON (t.reporter_code, t.partner_code, t.year, t.flow, t.measure)
         t.reporter_code AS reporter, t.partner_code AS partner, t.year, t.flow::text AS flow, t.measure::text AS measure,
         t.value_usd, t.estimated, t.source_id
    FROM trade_flow t JOIN source s ON s.id = t.source_id
   WHERE t.reporter_code = ANY($1::text[]) AND t.year BETWEEN $3 AND $4
     AND t.partner_code IN (SELECT member FROM members)
   ORDER BY t.reporter_code, t.partner_code, t.year, t.flow, t.measure, ${SOURCE_RANK_SQL}, t.source_id COLLATE "C"
), flows AS (
  SELECT reporter, partner, year, measure,
         min(value_usd) FILTER (WHERE flow = 'export') AS xv, bool_or(estimated) FILTER (WHERE flow = 'export') AS xe,
         min(source_id) FILTER (WHERE flow = 'export') AS xs,
         min(value_usd) FILTER (WHERE flow = 'import') AS mv, bool_or(estimated) FILTER (WHERE flow = 'import') AS me,
         min(source_id) FILTER (WHERE flow = 'import') AS ms,
         min(value_usd) FILTER (WHERE flow = 'total') AS tv, bool_or(estimated) FILTER (WHERE flow = 'total') AS te,
         min(source_id) FILTER (WHERE flow = 'total') AS ts
    FROM best GROUP BY reporter, partner, year, measure
), pair AS (
  SELECT reporter, partner, year, measure,
         CASE $5::text WHEN 'export' THEN xv WHEN 'import' THEN mv
              ELSE coalesce(tv, CASE WHEN xs = ms THEN xv + mv END) END AS value,
         CASE $5::text WHEN 'export' THEN xe WHEN 'import' THEN me
              ELSE CASE WHEN tv IS NOT NULL THEN te ELSE xe OR me END END AS estimated,
         CASE $5::text WHEN 'export' THEN xs WHEN 'import' THEN ms
              ELSE CASE WHEN tv IS NOT NULL THEN ts ELSE xs END END AS source
    FROM flows
)
SELECT mb.reporter, mb.forum, mb.year, ms.measure,
       trim_scale(sum(p.value))::text AS "valueUsd",
       bool_or(p.estimated) AS estimated,
       array_agg(p.source ORDER BY mb.member COLLATE "C") FILTER (WHERE p.value IS NOT NULL) AS sources,
       array_agg(mb.member ORDER BY mb.member COLLATE "C") FILTER (WHERE p.value IS NOT NULL) AS members,
       coalesce(array_agg(mb.member ORDER BY mb.member COLLATE "C") FILTER (WHERE p.value IS NULL), '{}') AS missing
  FROM members mb
 CROSS JOIN (SELECT DISTINCT measure FROM pair WHERE value IS NOT NULL) ms
  LEFT JOIN pair p ON p.reporter = mb.reporter AND p.partner = mb.member AND p.year = mb.year AND p.measure = ms.measure AND p.value IS NOT NULL
 GROUP BY mb.reporter, mb.forum, mb.year, ms.measure
HAVING count(p.value) > 0`

interface AggregateRow {
  reporter: string
  forum: string
  year: number
  measure: Measure
  valueUsd: string
  estimated: boolean
  sources: string[]
  members: string[]
  missing: string[]
}

/** The forum aggregate points of some reporters with some forums, from `FORUM_AGGREGATE_SQL`. */
export async function forumAggregates(
  prisma: Awaited<ReturnType<typeof db>>,
  reporters: string[],
  forums: string[],
  from: number,
  to: number,
  flow: Flow,
): Promise<TradePoint[]> {
  if (!reporters.length || !forums.length) return []
  const rows = await bulkRead<AggregateRow>(prisma, FORUM_AGGREGATE_SQL, [reporters, forums, from, to, flow])
  return rows.map((r) => ({
    reporter: r.reporter,
    partner: `forum:${r.forum}`,
    year: r.year,
    flow,
    measure: r.measure,
    valueUsd: r.valueUsd,
    estimated: r.estimated,
    // one source per member's figure, in the members' order; each once
    sources: [...new Set(r.sources)],
    members: r.members,
    missing: r.missing,
  }))
}

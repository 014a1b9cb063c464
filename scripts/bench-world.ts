import type { SqlClient } from '../lib/db/sql-client'
import { REGIONS as ALL_REGIONS } from '../lib/domain/vocabulary'

/**
 * A synthetic world-scale dataset for the benchmark, written into a separate database (never the
 * user's): `parties` states, `forums` forums founded since 1945, membership histories with churn
 * (joins, status changes, departures, rejoins; about 40 per forum), and yearly bilateral trade for
 * every ordered pair over `years` years in both flows. Deterministic: the same arguments give the
 * same rows. Trade rows are made inside the database (generate_series), not in JavaScript.
 */

export interface WorldSize {
  parties: number
  forums: number
  intervalsPerForum: number
  fromYear: number
  years: number
}

export const WORLD: WorldSize = { parties: 200, forums: 500, intervalsPerForum: 40, fromYear: 1991, years: 30 }

// Every region but the Global one (blocs and organizations), as the generated states need.
const REGIONS = ALL_REGIONS.filter((r) => r !== 'Global')
const KINDS = ['treaty_organization', 'summit_format', 'dialogue_platform', 'process']
const STATUSES = ['member', 'member', 'member', 'observer', 'partner', 'associate', 'applicant', 'suspended']

export const partyCode = (i: number) => `P${String(i).padStart(3, '0')}`
export const forumCode = (i: number) => `F${String(i).padStart(3, '0')}`

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number) {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const day = (y: number, d: number) => new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10)

export function membershipRows(size: WorldSize) {
  const rand = random(42)
  const rows: Record<string, unknown>[] = []
  for (let f = 1; f <= size.forums; f++) {
    const founded = 1945 + Math.floor(rand() * 70)
    // each party's history in the forum: a few back-to-back intervals from some year on
    let budget = size.intervalsPerForum
    while (budget > 0) {
      const p = 1 + Math.floor(rand() * size.parties)
      let year = founded + Math.floor(rand() * (2024 - founded))
      const existing = rows.filter((r) => r.forum_code === forumCode(f) && r.party_code === partyCode(p))
      if (existing.length) continue
      const spells = 1 + Math.floor(rand() * 3)
      for (let s = 0; s < spells && budget > 0 && year < 2025; s++) {
        const from = day(year, Math.floor(rand() * 300))
        const length = 1 + Math.floor(rand() * 15)
        const open = s === spells - 1 && rand() < 0.6
        const to = open || year + length >= 2025 ? null : day(year + length, 0)
        rows.push({
          party_code: partyCode(p),
          forum_code: forumCode(f),
          status: STATUSES[Math.floor(rand() * STATUSES.length)],
          valid_from: from,
          valid_to: to,
        })
        budget--
        if (!to) break
        year += length + (rand() < 0.5 ? 0 : 1 + Math.floor(rand() * 5))
        if (year >= 2025) break
      }
    }
  }
  return rows
}

export async function generateWorld(
  sql: SqlClient,
  size: WorldSize = WORLD,
  log: (s: string) => void = () => {},
): Promise<{ parties: number; forums: number; memberships: number; trade: number }> {
  await sql.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO source (id, title, kind, url) VALUES ('bench', 'Synthetic benchmark data', 'dataset', 'https://example.org/bench') ON CONFLICT DO NOTHING`,
    )
    await tx.query(
      `INSERT INTO party (code, name, short_name, kind, region)
       SELECT 'P' || lpad(i::text, 3, '0'), 'Party ' || i, 'P' || i, 'state'::party_kind, ($2::text[])[1 + i % array_length($2::text[], 1)]
       FROM generate_series(1, $1) i UNION ALL SELECT 'WLD', 'World', 'World', 'aggregate'::party_kind, 'Global' ON CONFLICT DO NOTHING`,
      [size.parties, REGIONS],
    )
    const rand = random(7)
    const forums = Array.from({ length: size.forums }, (_, k) => ({
      code: forumCode(k + 1),
      name: `Forum ${k + 1}`,
      short_name: `F${k + 1}`,
      kind: KINDS[k % KINDS.length],
      founded: `${1945 + Math.floor(rand() * 10)}-01-01`,
    }))
    await tx.query(
      `INSERT INTO forum (code, name, short_name, kind, founded, founded_precision, description, source_id)
       SELECT x.code, x.name, x.short_name, x.kind::forum_kind, x.founded::date, 'year', 'Synthetic forum', 'bench'
       FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text, short_name text, kind text, founded text) ON CONFLICT DO NOTHING`,
      [JSON.stringify(forums)],
    )
  })
  log(`parties and forums written`)
  const memberships = membershipRows(size)
  for (let i = 0; i < memberships.length; i += 5000) {
    await sql.query(
      `INSERT INTO membership (party_code, forum_code, status, valid_from, valid_from_precision, valid_to, valid_to_precision, source_id)
       SELECT x.party_code, x.forum_code, x.status::membership_status, x.valid_from::date, 'day', x.valid_to::date, CASE WHEN x.valid_to IS NULL THEN NULL ELSE 'day'::date_precision END, 'bench'
       FROM jsonb_to_recordset($1::jsonb) AS x(party_code text, forum_code text, status text, valid_from text, valid_to text) ON CONFLICT DO NOTHING`,
      [JSON.stringify(memberships.slice(i, i + 5000))],
    )
  }
  log(`${memberships.length} membership intervals written`)
  // trade: one statement per reporter keeps each transaction (and PGlite's memory) modest
  for (let r = 1; r <= size.parties; r++) {
    await sql.query(
      `INSERT INTO trade_flow (reporter_code, partner_code, year, flow, value_usd, estimated, source_id)
       SELECT $1, CASE WHEN p = 0 THEN 'WLD' ELSE 'P' || lpad(p::text, 3, '0') END, y, f::trade_flow_kind,
              (abs(hashtext($1 || '-' || p || '-' || y || f)) % 5000000000)::numeric, false, 'bench'
       FROM generate_series(0, $2) p, generate_series($3::int, $3::int + $4 - 1) y, unnest(ARRAY['export', 'import']) f
       WHERE p = 0 OR 'P' || lpad(p::text, 3, '0') <> $1
       ON CONFLICT DO NOTHING`,
      [partyCode(r), size.parties, size.fromYear, size.years],
    )
    if (r % 50 === 0) log(`trade: ${r} of ${size.parties} reporters`)
  }
  const [counts] = await sql.query<{ parties: number; forums: number; memberships: number; trade: number }>(
    `SELECT (SELECT count(*)::int FROM party) AS parties, (SELECT count(*)::int FROM forum) AS forums,
            (SELECT count(*)::int FROM membership) AS memberships, (SELECT count(*)::int FROM trade_flow) AS trade`,
  )
  await sql.exec('ANALYZE')
  return counts
}

import 'server-only'
import { loadDataset, type Dataset } from '../dataset/load'
import type { SqlClient } from './sql-client'

/**
 * Writes the dataset from prisma/data/ into the database, idempotently: each table is upserted on
 * its natural key in one statement (jsonb_to_recordset), all tables in one transaction. Running it
 * twice leaves the same rows. It never deletes: rows curated in the database stay.
 */

export class SeedRefusedError extends Error {}

export interface SeedOptions {
  dataDir?: string
  /** The database URL being seeded, to refuse a remote one; undefined = embedded. */
  databaseUrl?: string
  force?: boolean
}

export interface SeedCounts {
  sources: number
  parties: number
  forums: number
  memberships: number
  applications: number
  events: number
  attendance: number
  trade: number
  names: number
  statusTerms: number
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', ''])

export function assertSeedable(databaseUrl: string | undefined, force = false): void {
  if (!databaseUrl || force) return
  const host = new URL(databaseUrl).hostname
  if (!LOCAL_HOSTS.has(host)) {
    throw new SeedRefusedError(
      `Refusing to seed ${host}: it is not a local database. Seeding writes the whole dataset; ` + 'if you mean it, run `npm run db:seed -- --force`.',
    )
  }
}

export async function isEmpty(db: SqlClient): Promise<boolean> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM party')
  return row.n === 0
}

export async function seedDatabase(db: SqlClient, options: SeedOptions = {}): Promise<SeedCounts> {
  assertSeedable(options.databaseUrl, options.force)
  const data = loadDataset(options.dataDir)
  await db.transaction((tx) => writeDataset(tx, data))
  return countsOf(data)
}

export function countsOf(d: Dataset): SeedCounts {
  return {
    sources: d.sources.length,
    parties: d.parties.length,
    forums: d.forums.length,
    memberships: d.memberships.length,
    applications: d.applications.length,
    events: d.events.length,
    attendance: d.attendance.length,
    trade: d.trade.length,
    names: d.names.length,
    statusTerms: d.statusTerms.length,
  }
}

export function formatCounts(c: SeedCounts): string {
  return Object.entries(c)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')
}

async function upsert(db: SqlClient, table: string, columns: Record<string, string>, conflict: string[], rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return
  const names = Object.keys(columns)
  const quoted = names.map((n) => `"${n}"`).join(', ')
  const updates = names.filter((n) => !conflict.includes(n)).map((n) => `"${n}" = EXCLUDED."${n}"`)
  // Chunks keep each JSON parameter modest (PGlite copies it into WASM memory).
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000)
    await db.query(
      `INSERT INTO "${table}" (${quoted})
       SELECT ${names.map((n) => `x."${n}"::${columns[n]}`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS x(${names.map((n) => `"${n}" text`).join(', ')})
       ON CONFLICT (${conflict.map((n) => `"${n}"`).join(', ')}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
      [JSON.stringify(chunk)],
    )
  }
}

async function writeDataset(db: SqlClient, d: Dataset): Promise<void> {
  await upsert(
    db,
    'source',
    { id: 'text', title: 'text', publisher: 'text', url: 'text', published: 'text', kind: 'source_kind', note: 'text' },
    ['id'],
    d.sources,
  )
  await upsert(db, 'party', { code: 'text', name: 'text', short_name: 'text', kind: 'party_kind', region: 'text' }, ['code'], d.parties)
  const forumColumns = {
    code: 'text',
    name: 'text',
    short_name: 'text',
    kind: 'forum_kind',
    founded: 'date',
    founded_precision: 'date_precision',
    dissolved: 'date',
    dissolved_precision: 'date_precision',
    headquarters: 'text',
    description: 'text',
    source_id: 'text',
  }
  // Forums first without their predecessor link, then the links, so the order of rows never matters.
  await upsert(db, 'forum', forumColumns, ['code'], d.forums)
  await upsert(db, 'forum', { ...forumColumns, predecessor_code: 'text' }, ['code'], d.forums)
  await upsert(
    db,
    'event',
    {
      id: 'text',
      forum_code: 'text',
      kind: 'event_kind',
      start_date: 'date',
      end_date: 'date',
      date_precision: 'date_precision',
      place: 'text',
      title: 'text',
      note: 'text',
      source_id: 'text',
    },
    ['id'],
    d.events,
  )
  await upsert(
    db,
    'event_attendance',
    { event_id: 'text', party_code: 'text', role: 'attendance_role', note: 'text', source_id: 'text' },
    ['event_id', 'party_code'],
    d.attendance,
  )
  // After the events: an interval may name the summit that decided it.
  await upsert(
    db,
    'membership',
    {
      party_code: 'text',
      forum_code: 'text',
      status: 'membership_status',
      valid_from: 'date',
      valid_from_precision: 'date_precision',
      valid_to: 'date',
      valid_to_precision: 'date_precision',
      note: 'text',
      source_id: 'text',
      decided_at_event: 'text',
    },
    ['party_code', 'forum_code', 'valid_from'],
    d.memberships.map((m) => ({ ...m, valid_from_precision: m.from_precision, valid_to_precision: m.to_precision })),
  )
  await upsert(
    db,
    'application',
    {
      party_code: 'text',
      forum_code: 'text',
      sought_status: 'membership_status',
      applied: 'date',
      applied_precision: 'date_precision',
      note: 'text',
      source_id: 'text',
    },
    ['party_code', 'forum_code', 'sought_status', 'applied'],
    d.applications,
  )
  await upsert(
    db,
    'trade_flow',
    {
      reporter_code: 'text',
      partner_code: 'text',
      year: 'int',
      flow: 'trade_flow_kind',
      value_usd: 'numeric',
      estimated: 'boolean',
      note: 'text',
      source_id: 'text',
      measure: 'trade_measure',
      published_value: 'text',
      published_unit: 'text',
    },
    ['reporter_code', 'partner_code', 'year', 'flow', 'source_id'],
    d.trade,
  )
  await upsert(
    db,
    'localized_name',
    { lang: 'text', kind: 'text', code: 'text', name: 'text', short_name: 'text', note: 'text', source_id: 'text' },
    ['lang', 'kind', 'code'],
    d.names,
  )
  await upsert(
    db,
    'status_term',
    { lang: 'text', status: 'membership_status', forum_code: 'text', term: 'text', note: 'text', source_id: 'text' },
    ['lang', 'status', 'forum_code', 'term'],
    d.statusTerms.map((t) => ({ ...t, forum_code: t.forum_code ?? '' })),
  )
}

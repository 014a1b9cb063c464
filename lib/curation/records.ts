import 'server-only'
import type { z } from 'zod'
import type { SqlClient } from '../db/sql-client'
import { eventRow, forumRow, partyRow, sourceRow } from '../dataset/rows'
import { CurationError, sameRow } from './common'

/**
 * Adding and editing forums, parties, sources and events. The fields and their validation are the
 * dataset's own row schemas (lib/dataset/rows.ts: the same rules as prisma/data), so a record saved
 * here could be written back to the CSV unchanged. Each save is one transaction with its audit
 * entry; a save can be reverted like a membership change.
 */

const ENTITIES = {
  party: { table: 'party', key: 'code', schema: partyRow, casts: { kind: 'party_kind' } },
  forum: {
    table: 'forum',
    key: 'code',
    schema: forumRow,
    casts: { kind: 'forum_kind', founded: 'date', founded_precision: 'date_precision', dissolved: 'date', dissolved_precision: 'date_precision' },
  },
  source: { table: 'source', key: 'id', schema: sourceRow, casts: { kind: 'source_kind' } },
  event: { table: 'event', key: 'id', schema: eventRow, casts: { kind: 'event_kind', start_date: 'date', end_date: 'date', date_precision: 'date_precision' } },
} as const

export type RecordEntity = keyof typeof ENTITIES
export const RECORD_ENTITIES = Object.keys(ENTITIES) as RecordEntity[]

export function isRecordEntity(v: string): v is RecordEntity {
  return Object.hasOwn(ENTITIES, v)
}

export function recordFields(entity: RecordEntity): string[] {
  return Object.keys(ENTITIES[entity].schema.shape)
}

type Json = Record<string, unknown>

export async function getRecord(sql: SqlClient, entity: RecordEntity, key: string): Promise<Json | null> {
  const e = ENTITIES[entity]
  const [row] = await sql.query<{ r: Json }>(`SELECT to_jsonb(t) AS r FROM "${e.table}" t WHERE "${e.key}" = $1`, [key])
  return row?.r ?? null
}

export async function listRecordKeys(sql: SqlClient, entity: RecordEntity): Promise<{ key: string; label: string }[]> {
  const e = ENTITIES[entity]
  const label = entity === 'source' || entity === 'event' ? 'title' : 'name'
  return sql.query(`SELECT "${e.key}" AS key, ${label} AS label FROM "${e.table}" ORDER BY 1`)
}

function parse(entity: RecordEntity, fields: Record<string, string>): Json {
  const r = (ENTITIES[entity].schema as z.ZodObject).safeParse(fields)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new CurationError(String(issue.path[0] ?? 'form'), `${String(issue.path[0] ?? 'form')}: ${issue.message}`)
  }
  return r.data as Json
}

function explainRecord(error: unknown): never {
  if (error instanceof CurationError) throw error
  const e = error as { code?: string; message?: string }
  const msg = e.message ?? ''
  if (e.code === '23503' || /_fkey/.test(msg)) {
    const m = /"(\w+_fkey)"/.exec(msg)
    throw new CurationError(
      'form',
      `Refused: ${m ? m[1].replace(/_fkey$/, '').replace(/_/g, ' ') : 'a reference'} does not exist, or the record is still used by other facts.`,
    )
  }
  if (e.code === '23514')
    throw new CurationError(
      'form',
      `Refused by the database: ${/"(\w+)"/.exec(msg)?.[1]?.replace(/_/g, ' ') ?? 'a check'} (e.g. an end before the start, or a precision without its date).`,
    )
  throw error
}

async function write(tx: SqlClient, entity: RecordEntity, data: Json, exists: boolean) {
  const e = ENTITIES[entity]
  const cols = Object.keys(data)
  const cast = (c: string) => (e.casts as Record<string, string>)[c] ?? 'text'
  const values = cols.map((c) => (data[c] === undefined ? null : data[c]))
  if (exists) {
    const sets = cols.filter((c) => c !== e.key).map((c) => `"${c}" = $${cols.indexOf(c) + 1}::${cast(c)}`)
    await tx.query(`UPDATE "${e.table}" SET ${sets.join(', ')} WHERE "${e.key}" = $${cols.indexOf(e.key) + 1}`, values)
  } else {
    await tx.query(
      `INSERT INTO "${e.table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c, i) => `$${i + 1}::${cast(c)}`).join(', ')})`,
      values,
    )
  }
}

function codes(entity: RecordEntity, row: Json | null): [string | null, string | null] {
  if (!row) return [null, null]
  if (entity === 'party') return [String(row.code), null]
  if (entity === 'forum') return [null, String(row.code)]
  if (entity === 'event') return [null, (row.forum_code as string | null) ?? null]
  return [null, null]
}

/** Adds the record, or (with `existingKey`) edits it; the key itself cannot change. */
export async function saveRecord(
  sql: SqlClient,
  curatorId: number,
  entity: RecordEntity,
  fields: Record<string, string>,
  comment: string,
  existingKey?: string,
): Promise<Json> {
  const data = parse(entity, fields)
  const e = ENTITIES[entity]
  const key = String(data[e.key])
  if (existingKey && existingKey !== key) throw new CurationError(e.key, `${e.key} cannot change (${existingKey} → ${key}): add a new record instead.`)
  try {
    return await sql.transaction(async (tx) => {
      const before = await getRecord(tx, entity, key)
      if (!existingKey && before) throw new CurationError(e.key, `A ${entity} ${key} already exists: edit it instead.`)
      if (existingKey && !before) throw new CurationError(e.key, `No ${entity} ${key}.`)
      await write(tx, entity, data, Boolean(before))
      const after = (await getRecord(tx, entity, key))!
      const [party, forum] = codes(entity, after)
      await tx.query(
        `INSERT INTO audit_entry (curator_id, action, entity, entity_id, party_code, forum_code, before, after, comment) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)`,
        [curatorId, before ? 'update' : 'create', entity, key, party, forum, before ? JSON.stringify(before) : null, JSON.stringify(after), comment],
      )
      return after
    })
  } catch (error) {
    return explainRecord(error)
  }
}

/** Undoes a record change (used by revertChange for non-membership entities); returns the row after. */
export async function revertRecord(tx: SqlClient, entity: RecordEntity, key: string, before: Json | null, expected: Json | null): Promise<Json | null> {
  const e = ENTITIES[entity]
  const current = await getRecord(tx, entity, key)
  if (!sameRow(current, expected)) throw new CurationError('id', `The ${entity} ${key} changed after this change: revert the later change first.`)
  try {
    if (before === null) await tx.query(`DELETE FROM "${e.table}" WHERE "${e.key}" = $1`, [key])
    else {
      const data = Object.fromEntries(recordFields(entity).map((f) => [f, before[f] ?? null]))
      await write(tx, entity, data, true)
    }
  } catch (error) {
    return explainRecord(error)
  }
  return getRecord(tx, entity, key)
}

import 'server-only'
import { z } from 'zod'
import type { SqlClient } from '../db/sql-client'
import { isoDay } from '../domain/day'
import { DATE_PRECISIONS, MEMBERSHIP_STATUSES } from '../domain/vocabulary'
import { dayAfter } from '../transforms/as-of'
import { CurationError, sameRow } from './common'
import { isRecordEntity, revertRecord } from './records'

export { CurationError }

/**
 * Curators' changes to memberships. Each runs in one transaction with its audit entry (who, when,
 * the row before and after, the required comment); database constraint violations come back as
 * sentences naming the field, never as stack traces.
 */

const day = isoDay
const comment = z.string().trim().min(3, 'say why (at least 3 characters)').max(2000, 'at most 2000 characters')
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9+]{2,12}$/, 'must be a code')

/** An interval's dates, note and source, as a curator's form gives them (an empty end: in force). */
const intervalFields = {
  validFrom: day,
  validFromPrecision: z.enum(DATE_PRECISIONS).default('day'),
  validTo: z.union([z.literal('').transform(() => null), day]).default(null),
  validToPrecision: z.union([z.literal('').transform(() => null), z.enum(DATE_PRECISIONS)]).default(null),
  note: z.string().trim().max(2000, 'at most 2000 characters').default(''),
  sourceId: z.string().trim().min(1, 'choose a source'),
  comment,
}
export const addMembershipInput = z.object({
  partyCode: code,
  forumCode: code,
  status: z.enum(MEMBERSHIP_STATUSES, { error: 'choose a status' }),
  ...intervalFields,
})
export const endMembershipInput = z.object({ validTo: day, validToPrecision: z.enum(DATE_PRECISIONS).default('day'), comment })
export const changeStatusInput = z.object({
  status: z.enum(MEMBERSHIP_STATUSES, { error: 'choose a status' }),
  from: day,
  sourceId: z.string().trim().min(1, 'choose a source'),
  note: z.string().trim().max(2000).default(''),
  comment,
})
export const revertInput = z.object({ comment })
export const editMembershipInput = z.object(intervalFields)

/** zod's first problem as a CurationError naming the field. */
export function parseInput<S extends z.ZodObject>(schema: S, data: Record<string, unknown>): z.output<S> {
  const r = schema.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new CurationError(String(issue.path[0] ?? 'form'), `${String(issue.path[0] ?? 'form')}: ${issue.message}`)
  }
  return r.data
}

export type Row = Record<string, unknown> & { id: number; party_code: string; forum_code: string }

export const ROW_SQL = `SELECT id, party_code, forum_code, status::text, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, valid_from_precision::text,
  to_char(valid_to, 'YYYY-MM-DD') AS valid_to, valid_to_precision::text, note, source_id FROM membership`

/** An id a row can have (a positive PostgreSQL integer): anything else names no row, and never reaches the database. */
export function isRowId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647
}

export async function rowById(tx: SqlClient, id: number): Promise<Row | null> {
  if (!isRowId(id)) return null
  const [row] = await tx.query<Row>(`${ROW_SQL} WHERE id = $1`, [id])
  return row ?? null
}

/**
 * The row, locked until the transaction ends: a second edit of the same interval waits, then reads
 * what the first one wrote, so each audit entry's "before" is what it really changed.
 */
async function rowForUpdate(tx: SqlClient, id: number): Promise<Row | null> {
  if (!isRowId(id)) return null
  const [row] = await tx.query<Row>(`${ROW_SQL} WHERE id = $1 FOR UPDATE`, [id])
  return row ?? null
}

/** Database refusals in words. */
export function explain(error: unknown, context: { party?: string; forum?: string }): never {
  if (error instanceof CurationError) throw error
  const e = error as { code?: string; message?: string; constraint?: string }
  const msg = e.message ?? ''
  if (e.code === '23P01' || /membership_no_overlap/.test(msg))
    throw new CurationError(
      'validFrom',
      `${context.party ?? 'This party'} already has an interval in ${context.forum ?? 'this forum'} that overlaps these dates: end or change that one first.`,
    )
  if (/membership_valid_range/.test(`${e.constraint ?? ''} ${msg}`)) throw new CurationError('validTo', 'The end date is before the start date.')
  if (/audit_entry_revert_of_id_key/.test(`${e.constraint ?? ''} ${msg}`)) throw new CurationError('id', 'This change was already reverted.')
  if (/membership_precision_pairs/.test(msg)) throw new CurationError('validToPrecision', 'Give a precision exactly when there is an end date.')
  if (e.code === '23503' || /_fkey/.test(msg)) {
    const field = /party_code/.test(msg) ? 'partyCode' : /forum_code/.test(msg) ? 'forumCode' : /source_id/.test(msg) ? 'sourceId' : 'form'
    throw new CurationError(field, `${field}: no such ${field.replace(/Code|Id/, '')} in the dataset.`)
  }
  if (/membership_party_code_forum_code_valid_from_key/.test(`${e.constraint ?? ''} ${msg}`))
    throw new CurationError('validFrom', 'An interval of this party in this forum already starts on that day.')
  // Any other rule of the database: say which, in its own name, rather than guess a field.
  if (e.code === '23514' || e.code === '23505' || e.code === '23502')
    throw new CurationError('form', `The change breaks the database rule "${e.constraint ?? 'unnamed'}": ${msg.split('\n')[0]}`)
  throw error
}

export async function audit(tx: SqlClient, curatorId: number, action: string, before: Row | null, after: Row | null, note: string, revertOf?: number) {
  const row = (after ?? before)!
  await tx.query(
    `INSERT INTO audit_entry (curator_id, action, entity, entity_id, party_code, forum_code, before, after, comment, revert_of_id)
     VALUES ($1, $2, 'membership', $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9)`,
    [
      curatorId,
      action,
      String(row.id),
      row.party_code,
      row.forum_code,
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
      note,
      revertOf ?? null,
    ],
  )
}

export async function insertRow(tx: SqlClient, r: Omit<Row, 'id'> & { id?: number }): Promise<Row> {
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO membership (${r.id ? 'id, ' : ''}party_code, forum_code, status, valid_from, valid_from_precision, valid_to, valid_to_precision, note, source_id)
     VALUES (${r.id ? '$10, ' : ''}$1, $2, $3::membership_status, $4::date, $5::date_precision, $6::date, $7::date_precision, $8, $9) RETURNING id`,
    [
      r.party_code,
      r.forum_code,
      r.status,
      r.valid_from,
      r.valid_from_precision,
      r.valid_to,
      r.valid_to_precision,
      r.note || null,
      r.source_id,
      ...(r.id ? [r.id] : []),
    ],
  )
  return (await rowById(tx, id))!
}

export async function addMembership(sql: SqlClient, curatorId: number, input: z.output<typeof addMembershipInput>): Promise<Row> {
  try {
    return await sql.transaction(async (tx) => {
      const row = await insertRow(tx, {
        party_code: input.partyCode,
        forum_code: input.forumCode,
        status: input.status,
        valid_from: input.validFrom,
        valid_from_precision: input.validFromPrecision,
        valid_to: input.validTo,
        valid_to_precision: input.validTo ? (input.validToPrecision ?? 'day') : null,
        note: input.note,
        source_id: input.sourceId,
      })
      await audit(tx, curatorId, 'create', null, row, input.comment)
      return row
    })
  } catch (error) {
    return explain(error, { party: input.partyCode, forum: input.forumCode })
  }
}

/** Runs `change` on one interval in a transaction and audits the row before and after. */
async function updateInterval(sql: SqlClient, curatorId: number, id: number, comment: string, change: (tx: SqlClient) => Promise<unknown>): Promise<Row> {
  try {
    return await sql.transaction(async (tx) => {
      const before = await rowForUpdate(tx, id)
      if (!before) throw new CurationError('id', `No membership interval ${id}.`)
      await change(tx)
      const after = (await rowById(tx, id))!
      await audit(tx, curatorId, 'update', before, after, comment)
      return after
    })
  } catch (error) {
    return explain(error, {})
  }
}

export function endMembership(sql: SqlClient, curatorId: number, id: number, input: z.output<typeof endMembershipInput>): Promise<Row> {
  return updateInterval(sql, curatorId, id, input.comment, (tx) =>
    tx.query('UPDATE membership SET valid_to = $2::date, valid_to_precision = $3::date_precision WHERE id = $1', [id, input.validTo, input.validToPrecision]),
  )
}

/** Corrects an interval's dates, note or source (its party, forum and status stay: use changeStatus). */
export function editMembership(sql: SqlClient, curatorId: number, id: number, input: z.output<typeof editMembershipInput>): Promise<Row> {
  return updateInterval(sql, curatorId, id, input.comment, (tx) =>
    tx.query(
      `UPDATE membership SET valid_from = $2::date, valid_from_precision = $3::date_precision, valid_to = $4::date, valid_to_precision = $5::date_precision, note = $6, source_id = $7 WHERE id = $1`,
      [
        id,
        input.validFrom,
        input.validFromPrecision,
        input.validTo,
        input.validTo ? (input.validToPrecision ?? 'day') : null,
        input.note || null,
        input.sourceId,
      ],
    ),
  )
}

/** A status change: the old interval ends the day before `from`, a new one opens on `from`. */
export async function changeStatus(sql: SqlClient, curatorId: number, id: number, input: z.output<typeof changeStatusInput>): Promise<Row> {
  try {
    return await sql.transaction(async (tx) => {
      const before = await rowForUpdate(tx, id)
      if (!before) throw new CurationError('id', `No membership interval ${id}.`)
      if (before.status === input.status) throw new CurationError('status', `It is already ${input.status}.`)
      if (input.from <= String(before.valid_from))
        throw new CurationError('from', `The new status must start after ${before.valid_from}, when the current one began.`)
      if (before.valid_to && input.from > String(before.valid_to))
        throw new CurationError('from', `The interval ended on ${before.valid_to}; the change must fall inside it.`)
      const lastDay = new Date(`${input.from}T00:00:00Z`)
      lastDay.setUTCDate(lastDay.getUTCDate() - 1)
      const closeOn = lastDay.toISOString().slice(0, 10)
      await tx.query(`UPDATE membership SET valid_to = $2::date, valid_to_precision = 'day' WHERE id = $1`, [id, closeOn])
      const closed = (await rowById(tx, id))!
      await audit(tx, curatorId, 'update', before, closed, input.comment)
      const opened = await insertRow(tx, {
        party_code: before.party_code,
        forum_code: before.forum_code,
        status: input.status,
        valid_from: input.from,
        valid_from_precision: 'day',
        valid_to: before.valid_to,
        valid_to_precision: before.valid_to_precision,
        note: input.note,
        source_id: input.sourceId,
      })
      if (dayAfter(closeOn) !== input.from) throw new Error('internal: the intervals do not meet')
      await audit(tx, curatorId, 'create', null, opened, input.comment)
      return opened
    })
  } catch (error) {
    return explain(error, {})
  }
}

/** Undoes one audited change, if the row is still as that change left it; the undo is audited too. */
export async function revertChange(sql: SqlClient, curatorId: number, auditId: number, input: z.output<typeof revertInput>): Promise<void> {
  if (!isRowId(auditId)) throw new CurationError('id', `No change ${auditId}.`)
  try {
    await sql.transaction(async (tx) => {
      // Lock the change: simultaneous reverts of it queue here, and each then sees the one before.
      const [entry] = await tx.query<{ entity: string; entity_id: string; action: string; before: Row | null; after: Row | null }>(
        `SELECT entity, entity_id, action, before, after FROM audit_entry a WHERE id = $1 FOR UPDATE`,
        [auditId],
      )
      if (!entry) throw new CurationError('id', `No change ${auditId}.`)
      // a statement of its own, so that it sees a revert committed while this one waited for the lock
      const [{ reverted }] = await tx.query<{ reverted: boolean }>('SELECT EXISTS (SELECT 1 FROM audit_entry WHERE revert_of_id = $1) AS reverted', [auditId])
      if (reverted) throw new CurationError('id', `Change ${auditId} was already reverted.`)
      if (entry.entity !== 'membership') {
        if (!isRecordEntity(entry.entity)) throw new CurationError('id', `Change ${auditId} (${entry.entity}) cannot be reverted here.`)
        const after = await revertRecord(tx, entry.entity, entry.entity_id, entry.before, entry.after)
        await tx.query(
          `INSERT INTO audit_entry (curator_id, action, entity, entity_id, party_code, forum_code, before, after, comment, revert_of_id)
           SELECT $1, 'revert', entity, entity_id, party_code, forum_code, after, $2::jsonb, $3, id FROM audit_entry WHERE id = $4`,
          [curatorId, after ? JSON.stringify(after) : null, input.comment, auditId],
        )
        return
      }
      const id = Number(entry.entity_id)
      const current = await rowForUpdate(tx, id)
      if (!sameRow(current, entry.after)) throw new CurationError('id', `Membership ${id} changed after change ${auditId}: revert the later change first.`)
      if (entry.before === null) {
        await tx.query('DELETE FROM membership WHERE id = $1', [id])
      } else if (current === null) {
        await insertRow(tx, entry.before)
      } else {
        const b = entry.before
        await tx.query(
          `UPDATE membership SET status = $2::membership_status, valid_from = $3::date, valid_from_precision = $4::date_precision, valid_to = $5::date,
             valid_to_precision = $6::date_precision, note = $7, source_id = $8 WHERE id = $1`,
          [id, b.status, b.valid_from, b.valid_from_precision, b.valid_to, b.valid_to_precision, b.note, b.source_id],
        )
      }
      await audit(tx, curatorId, 'revert', entry.after, entry.before ? ((await rowById(tx, id)) ?? entry.before) : null, input.comment, auditId)
    })
  } catch (error) {
    return explain(error, {})
  }
}

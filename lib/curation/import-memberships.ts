import 'server-only'
import { readCsvRecords, type CsvRecord } from '../csv-read'
import { acceptedColumns, membershipRow } from '../dataset/rows'
import type { SqlClient } from '../db/sql-client'
import { decodeText, TradeImportError, type ImportProblem } from './trade-import/import'
import { audit, CurationError, explain, insertRow, ROW_SQL, rowById, type Row } from './memberships'

/**
 * A memberships CSV (the prisma/data/memberships layout) applied to the database: new intervals are
 * added, intervals that exist (same party, forum and start) but differ are changed — "ended" when
 * they gain an end date — and the rest are unchanged. Every row is validated and written in one
 * transaction; each change gets its audit entry. A dry run does all of it and rolls back, so the
 * preview meets exactly the constraints the commit will.
 */

export interface MembershipImportSummary {
  file: string
  rows: number
  added: number
  changed: number
  ended: number
  unchanged: number
  changes: { line: number; kind: 'added' | 'changed' | 'ended'; party: string; forum: string; detail: string }[]
}

class DryRun extends Error {}

export async function importMemberships(
  sql: SqlClient,
  content: Uint8Array,
  opts: { file: string; curatorId: number; comment: string; dryRun: boolean },
): Promise<MembershipImportSummary> {
  const { file } = opts
  let records: CsvRecord[]
  try {
    records = readCsvRecords(decodeText(content))
  } catch (error) {
    const e = error as Error & { lines?: number }
    throw new TradeImportError(file, [{ line: e.lines ?? 1, field: 'file', message: `not valid CSV: ${e.message}` }])
  }
  const expected = Object.keys(membershipRow.shape)
  if (records.length === 0) throw new TradeImportError(file, [{ line: 1, field: 'header', message: 'the file is empty' }])
  const columns = acceptedColumns(
    expected,
    records[0].record.map((h) => h.trim()),
  )
  if (!columns) throw new TradeImportError(file, [{ line: 1, field: 'header', message: `must be exactly "${expected.join(',')}"` }])
  const problems: ImportProblem[] = []
  const rows = records.slice(1).flatMap(({ record, info }) => {
    if (record.length !== columns.length) {
      problems.push({ line: info.lines, field: 'row', message: `has ${record.length} cells, expected ${columns.length}` })
      return []
    }
    const r = membershipRow.safeParse(Object.fromEntries(expected.map((k, i) => [k, record[i] ?? ''])))
    if (!r.success) {
      for (const issue of r.error.issues) problems.push({ line: info.lines, field: String(issue.path[0] ?? 'row'), message: issue.message })
      return []
    }
    return [{ line: info.lines, ...r.data }]
  })
  if (problems.length) throw new TradeImportError(file, problems)

  const summary: MembershipImportSummary = { file, rows: rows.length, added: 0, changed: 0, ended: 0, unchanged: 0, changes: [] }
  const run = async (tx: SqlClient) => {
    for (const r of rows) {
      const wanted = {
        party_code: r.party_code,
        forum_code: r.forum_code,
        status: r.status,
        valid_from: r.valid_from,
        valid_from_precision: r.from_precision,
        valid_to: r.valid_to,
        valid_to_precision: r.to_precision,
        note: r.note,
        source_id: r.source_id,
      }
      try {
        await tx.transaction(async (sp) => {
          const [existing] = await sp.query<Row>(`${ROW_SQL} WHERE party_code = $1 AND forum_code = $2 AND valid_from = $3::date`, [
            r.party_code,
            r.forum_code,
            r.valid_from,
          ])
          if (!existing) {
            const row = await insertRow(sp, wanted)
            await audit(sp, opts.curatorId, 'create', null, row, opts.comment)
            summary.added++
            summary.changes.push({
              line: r.line,
              kind: 'added',
              party: r.party_code,
              forum: r.forum_code,
              detail: `${r.status} from ${r.valid_from}${r.valid_to ? ` to ${r.valid_to}` : ''}`,
            })
            return
          }
          const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => (existing[k] ?? null) !== (wanted[k] || null))
          if (!differs) {
            summary.unchanged++
            return
          }
          await sp.query(
            `UPDATE membership SET status = $2::membership_status, valid_from_precision = $3::date_precision, valid_to = $4::date, valid_to_precision = $5::date_precision, note = $6, source_id = $7 WHERE id = $1`,
            [existing.id, r.status, r.from_precision, r.valid_to, r.to_precision, r.note, r.source_id],
          )
          const after = (await rowById(sp, existing.id))!
          await audit(sp, opts.curatorId, 'update', existing, after, opts.comment)
          const ended = existing.valid_to === null && r.valid_to !== null
          if (ended) summary.ended++
          else summary.changed++
          summary.changes.push({
            line: r.line,
            kind: ended ? 'ended' : 'changed',
            party: r.party_code,
            forum: r.forum_code,
            detail: ended ? `ends on ${r.valid_to}` : `now ${r.status} ${r.valid_from}–${r.valid_to ?? ''}`,
          })
        })
      } catch (error) {
        try {
          explain(error, { party: r.party_code, forum: r.forum_code })
        } catch (explained) {
          if (!(explained instanceof CurationError)) throw explained
          problems.push({ line: r.line, field: explained.field, message: explained.message })
        }
      }
    }
    if (problems.length) throw new TradeImportError(file, problems)
    if (opts.dryRun) throw new DryRun()
  }
  try {
    await sql.transaction(run)
  } catch (error) {
    if (!(error instanceof DryRun)) throw error
  }
  return summary
}

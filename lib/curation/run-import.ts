import 'server-only'
import type { SqlClient } from '../db/sql-client'
import { formatSummary, importTradeFile } from './trade-import/import'
import { importMemberships } from './import-memberships'

/** One uploaded file, previewed (dry run) or committed; the commit is audited as one change. */
export async function runImport(
  sql: SqlClient,
  upload: { content: Buffer; name: string; kind: string },
  opts: { curatorId: number; comment: string; dryRun: boolean },
) {
  if (upload.kind === 'memberships') {
    const summary = await importMemberships(sql, upload.content, { file: upload.name, curatorId: opts.curatorId, comment: opts.comment, dryRun: opts.dryRun })
    const text = `${summary.rows} rows: ${summary.added} added, ${summary.changed} changed, ${summary.ended} ended, ${summary.unchanged} unchanged`
    return { text, lines: summary.changes.map((c) => `line ${c.line}: ${c.kind} ${c.party} in ${c.forum} — ${c.detail}`) }
  }
  // The rows and their audit entry in one transaction: both or neither.
  const summary = await importTradeFile(sql, upload.content, {
    file: upload.name,
    dryRun: opts.dryRun,
    afterWrite: async (tx, counts) => {
      await tx.query(`INSERT INTO audit_entry (curator_id, action, entity, entity_id, after, comment) VALUES ($1, 'import', 'trade_flow', $2, $3::jsonb, $4)`, [
        opts.curatorId,
        upload.name,
        JSON.stringify({ file: upload.name, ...counts }),
        opts.comment,
      ])
    },
  })
  return {
    text: `${summary.figures} figures: ${summary.inserted} added, ${summary.updated} changed, ${summary.unchanged} unchanged`,
    lines: formatSummary(summary, opts.dryRun).split('\n'),
  }
}

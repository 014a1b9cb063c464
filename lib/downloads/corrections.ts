import type { PublicCorrection } from '../transforms/corrections'
import { toCsv } from './csv'

/**
 * /api/corrections.csv (and the link on /changes/corrections): the curated corrections, newest
 * first, one row per field that changed (a correction without field changes, an import, gives one
 * row with empty `field`). Who made a correction is never in it.
 *
 * - `id`: the correction's number; `at`: when it was made (ISO timestamp, UTC).
 * - `action`: create, update, revert or import; `entity`: membership, party, forum, source, event
 *   or trade_flow; `entity_id`: the record's key (empty for an import); `party_code`, `forum_code`.
 * - `what`: the record in words; `field`, `old_value`, `new_value`: one change (empty: no value).
 * - `summary`: an import's counts; `reason`: why, in the curator's words.
 * - `reverts`: the correction this one undoes; `reverted_by`: the correction that undid this one.
 */
export const CORRECTIONS_CSV_COLUMNS = [
  'id',
  'at',
  'action',
  'entity',
  'entity_id',
  'party_code',
  'forum_code',
  'what',
  'field',
  'old_value',
  'new_value',
  'summary',
  'reason',
  'reverts',
  'reverted_by',
] as const

export function correctionsCsv(corrections: readonly PublicCorrection[]): string {
  return toCsv(
    CORRECTIONS_CSV_COLUMNS,
    corrections.flatMap((c) => {
      const common = [c.id, c.at, c.action, c.entity, c.entityId, c.partyCode ?? '', c.forumCode ?? '', c.what]
      const tail = [c.summary ?? '', c.why, c.revertOf ?? '', c.revertedBy ?? '']
      if (!c.changes.length) return [[...common, '', '', '', ...tail]]
      return c.changes.map((f) => [...common, f.field, f.before ?? '', f.after ?? '', ...tail])
    }),
  )
}

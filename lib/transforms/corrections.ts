/**
 * The public side of the audit trail: what a curator corrected, when and why, read from an audit
 * entry's row before and after. Nothing here knows who made the change: the query never reads the
 * curator, and an import's file name (which may name a person) is left out.
 */

/** One audit entry as the public may see it (lib/queries/corrections.ts reads it without the curator). */
export interface AuditFacts {
  id: number
  /** ISO timestamp (UTC). */
  at: string
  /** create, update, revert or import. */
  action: string
  /** membership, party, forum, source, event or trade_flow. */
  entity: string
  entityId: string
  partyCode: string | null
  forumCode: string | null
  before: unknown
  after: unknown
  comment: string
  revertOfId: number | null
  revertedById: number | null
}

export interface FieldChange {
  field: string
  /** null: no value (the record did not exist, or the field was empty). */
  before: string | null
  after: string | null
}

export interface PublicCorrection {
  id: number
  at: string
  action: string
  entity: string
  entityId: string
  partyCode: string | null
  forumCode: string | null
  /** "GEO in SPECA", "source seed-001", "trade figures": what was corrected, in words. */
  what: string
  /** The fields that changed, old → new (every field of a record added or removed). */
  changes: FieldChange[]
  /** An import's counts in words ("12 figures: 0 added, 0 changed, 12 unchanged"); null otherwise. */
  summary: string | null
  /** The reason the curator gave. */
  why: string
  revertOf: number | null
  revertedBy: number | null
}

type Row = Record<string, unknown>
const asRow = (v: unknown): Row | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : null)

/** A stored value as text: null and '' are no value; objects as JSON. */
function cell(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

// The row's own key is named by `what`, not listed as a change.
const KEY_FIELDS = new Set(['id'])

// A membership's fields in the order a reader takes them in (jsonb keeps no order of its own); other
// records' fields follow alphabetically.
const FIELD_ORDER = ['party_code', 'forum_code', 'status', 'valid_from', 'valid_from_precision', 'valid_to', 'valid_to_precision', 'note', 'source_id']
const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length)

/** The fields whose value differs between the two rows. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRow(before)
  const a = asRow(after)
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])]
    .filter((f) => !KEY_FIELDS.has(f))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y))
  return fields.map((field) => ({ field, before: cell(b?.[field]), after: cell(a?.[field]) })).filter((c) => c.before !== c.after)
}

function describe(e: AuditFacts): string {
  const row = asRow(e.after) ?? asRow(e.before)
  if (e.entity === 'membership') {
    const party = e.partyCode ?? cell(row?.party_code)
    const forum = e.forumCode ?? cell(row?.forum_code)
    return `${party} in ${forum} (membership interval ${e.entityId})`
  }
  if (e.entity === 'trade_flow') return 'trade figures'
  return `${e.entity} ${e.entityId}`
}

/** An import's counts in words, without its file name. */
function importSummary(after: unknown): string | null {
  const a = asRow(after)
  if (!a) return null
  if ('figures' in a) return `${a.figures} figures: ${a.inserted ?? 0} added, ${a.updated ?? 0} changed${'unchanged' in a ? `, ${a.unchanged} unchanged` : ''}`
  return Object.entries(a)
    .filter(([k]) => k !== 'file')
    .map(([k, v]) => `${k}: ${cell(v) ?? ''}`)
    .join(', ')
}

export function publicCorrection(e: AuditFacts): PublicCorrection {
  const isImport = e.action === 'import'
  return {
    id: e.id,
    at: e.at,
    action: e.action,
    entity: e.entity,
    // An import's entity id is its file name: not published.
    entityId: isImport ? '' : e.entityId,
    partyCode: e.partyCode,
    forumCode: e.forumCode,
    what: describe(e),
    changes: isImport ? [] : fieldChanges(e.before, e.after),
    summary: isImport ? importSummary(e.after) : null,
    why: e.comment,
    revertOf: e.revertOfId,
    revertedBy: e.revertedById,
  }
}

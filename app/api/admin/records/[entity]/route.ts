import { adminAction, formFields } from '@/lib/auth/admin-action'
import { CurationError, parseInput, revertInput } from '@/lib/curation/memberships'
import { isRecordEntity, recordFields, saveRecord } from '@/lib/curation/records'

export const dynamic = 'force-dynamic'

/** POST /api/admin/records/:entity (party | forum | source | event) — adds or edits one record. */
export async function POST(request: Request, { params }: { params: Promise<{ entity: string }> }) {
  const { entity } = await params
  return adminAction(request, async ({ form, session, sql }) => {
    if (!isRecordEntity(entity)) throw new CurationError('entity', `Unknown kind of record "${entity}".`)
    const all = formFields(form)
    const { comment } = parseInput(revertInput, { comment: all.comment ?? '' })
    const fields = Object.fromEntries(recordFields(entity).map((f) => [f, all[f] ?? '']))
    const existing = all.existingKey || undefined
    const saved = await saveRecord(sql, session.curatorId, entity, fields, comment, existing)
    return `${existing ? 'Saved' : 'Added'} ${entity} ${String(saved.code ?? saved.id)}.`
  })
}

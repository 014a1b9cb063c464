import { adminAction } from '@/lib/auth/admin-action'
import { CurationError, parseInput, revertInput } from '@/lib/curation/memberships'
import { runImport } from '@/lib/curation/run-import'
import { dropUpload, readUpload } from '@/lib/curation/uploads'
import { TradeImportError } from '@/lib/curation/trade-import/import'

export const dynamic = 'force-dynamic'

/** POST /api/admin/import/commit (upload, comment) — applies the previewed file in one transaction. */
export async function POST(request: Request) {
  return adminAction(request, async ({ form, session, sql }) => {
    const { comment } = parseInput(revertInput, { comment: form.get('comment') ?? '' })
    const id = String(form.get('upload') ?? '')
    const upload = readUpload(id, session.curatorId)
    if (!upload) throw new CurationError('upload', 'That upload is gone (uploads wait an hour): upload the file again.')
    try {
      const result = await runImport(sql, upload, { curatorId: session.curatorId, comment, dryRun: false })
      dropUpload(id)
      return `Imported ${upload.name}: ${result.text}.`
    } catch (error) {
      if (error instanceof TradeImportError) throw new CurationError('file', error.message.split('\n').slice(0, 4).join(' '))
      throw error
    }
  })
}

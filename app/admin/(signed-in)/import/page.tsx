import type { Metadata } from 'next'
import { readFlash } from '@/lib/auth/flash'
import { first, flashFields, type SearchParams } from '@/lib/search-params'
import { FormGuard, Messages } from '@/components/admin/form-bits'
import { SubmitWithProgress } from '@/components/admin/submit-progress'
import { curationSql } from '@/lib/curation/connection'
import { runImport } from '@/lib/curation/run-import'
import { readUpload } from '@/lib/curation/uploads'
import { currentCurator } from '@/lib/queries/admin'
import { TradeImportError } from '@/lib/curation/trade-import/import'

export const metadata: Metadata = { title: 'Import', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

export default async function ImportPage({ searchParams }: Props) {
  const sp = await searchParams
  const session = await currentCurator()
  if (!session) return null // the layout asks the reader to sign in
  const uploadId = first(sp.upload)
  const upload = uploadId ? readUpload(uploadId, session.curatorId) : null
  let preview: { text: string; lines: string[] } | null = null
  let problem: string | null = null
  if (upload) {
    try {
      preview = await runImport(await curationSql(), upload, { curatorId: session.curatorId, comment: 'preview', dryRun: true })
    } catch (error) {
      if (!(error instanceof TradeImportError)) throw error
      problem = error.message
    }
  }
  return (
    <div className="admin wide">
      <div className="admin-bar">
        <h1>Import</h1>
      </div>
      <Messages {...readFlash(session.csrfToken, flashFields(sp))} />
      <h2>1. Upload a file</h2>
      <form method="post" action="/api/admin/import" encType="multipart/form-data" className="admin-form">
        <FormGuard csrf={session.csrfToken} returnTo="/admin/import" />
        <label>
          <span>It holds</span>
          <select name="kind" defaultValue={upload?.kind ?? 'trade'}>
            <option value="trade">trade figures (IMF DOTS/IMTS, UN Comtrade, our layout)</option>
            <option value="memberships">memberships (the prisma/data/memberships layout)</option>
          </select>
        </label>
        <label>
          <span>File (CSV, at most 20 MB)</span>
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <SubmitWithProgress label="Upload and preview" busyLabel="Reading the file…" />
      </form>
      {upload ? (
        <>
          <h2>2. Preview: {upload.name}</h2>
          {problem ? (
            <pre className="notice" role="alert">
              {problem}
            </pre>
          ) : preview ? (
            <>
              <p id="preview-summary">
                <strong>{preview.text}.</strong> Nothing is written until you commit.
              </p>
              <details open={preview.lines.length <= 30}>
                <summary>Details ({preview.lines.length} lines)</summary>
                <pre className="preview">{preview.lines.slice(0, 500).join('\n')}</pre>
              </details>
              <h2>3. Commit</h2>
              <form method="post" action="/api/admin/import/commit" className="admin-form">
                <FormGuard csrf={session.csrfToken} returnTo="/admin/import" />
                <input type="hidden" name="upload" value={uploadId} />
                <label className="wide-field">
                  <span>Why (required)</span>
                  <input type="text" name="comment" required minLength={3} maxLength={2000} />
                </label>
                <SubmitWithProgress label="Commit the import" busyLabel="Importing…" />
              </form>
            </>
          ) : null}
        </>
      ) : uploadId ? (
        <p className="notice">That upload is gone (uploads wait an hour): upload the file again.</p>
      ) : null}
    </div>
  )
}

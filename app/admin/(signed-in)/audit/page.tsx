import type { Metadata } from 'next'
import { readFlash } from '@/lib/auth/flash'
import { first, flashFields, type SearchParams } from '@/lib/search-params'
import { FormGuard, Messages } from '@/components/admin/form-bits'
import { currentCurator, listAudit } from '@/lib/queries/admin'
import { Table } from '@/components/tables/table'

export const metadata: Metadata = { title: 'Audit trail', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

function describe(row: unknown): string {
  if (!row || typeof row !== 'object') return '—'
  const r = row as Record<string, unknown>
  if ('figures' in r) return `${r.figures} figures: ${r.inserted} added, ${r.updated} changed, ${r.unchanged} unchanged`
  if (!('party_code' in r && 'forum_code' in r && 'valid_from' in r))
    return Object.entries(r)
      .map(([k, v]) => `${k}: ${v ?? ''}`)
      .join('; ')
      .slice(0, 300)
  return `${r.party_code} in ${r.forum_code}: ${r.status} ${r.valid_from}–${r.valid_to ?? ''} (${r.source_id})`
}

export default async function AuditPage({ searchParams }: Props) {
  const sp = await searchParams
  const session = await currentCurator()
  if (!session) return null // the layout asks the reader to sign in
  const filter = {
    party: first(sp.party).toUpperCase() || undefined,
    forum: first(sp.forum).toUpperCase() || undefined,
    action: first(sp.action) || undefined,
    curator: first(sp.curator) || undefined,
  }
  const entries = await listAudit(filter)
  const returnTo = '/admin/audit'
  return (
    <div className="admin wide">
      <div className="admin-bar">
        <h1>Audit trail</h1>
      </div>
      <Messages {...readFlash(session.csrfToken, flashFields(sp))} />
      <form method="get" action="/admin/audit" className="admin-form inline">
        <label>
          <span>Party</span>
          <input name="party" defaultValue={filter.party} size={5} />
        </label>
        <label>
          <span>Forum</span>
          <input name="forum" defaultValue={filter.forum} size={7} />
        </label>
        <label>
          <span>Action</span>
          <select name="action" defaultValue={filter.action ?? ''}>
            <option value="">any</option>
            <option>create</option>
            <option>update</option>
            <option>revert</option>
          </select>
        </label>
        <label>
          <span>Curator</span>
          <input name="curator" type="email" defaultValue={filter.curator} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <Table
        caption={`${entries.length} changes, newest first`}
        label="Audit trail"
        id="audit"
        className="admin-table"
        rows={entries}
        rowKey={(e) => String(e.id)}
        rowProps={(e) => ({ 'data-audit': String(e.id) })}
        columns={[
          { id: 'id', header: '#', cell: (e) => e.id },
          { id: 'at', header: 'When', nowrap: true, cell: (e) => `${e.at.slice(0, 16).replace('T', ' ')} UTC` },
          { id: 'curator', header: 'Who', cell: (e) => e.curator },
          {
            id: 'what',
            header: 'What',
            cell: (e) => (
              <>
                {e.action} {e.entity} {e.entityId}
                {e.revertOfId ? ` (reverts #${e.revertOfId})` : ''}
              </>
            ),
          },
          { id: 'before', header: 'Before', className: 'note', cell: (e) => describe(e.before) },
          { id: 'after', header: 'After', className: 'note', cell: (e) => describe(e.after) },
          { id: 'why', header: 'Why', className: 'note', cell: (e) => e.comment },
          {
            id: 'revert',
            header: 'Revert',
            cell: (e) =>
              e.revertedBy ? (
                <span className="muted">reverted by #{e.revertedBy}</span>
              ) : e.action === 'revert' || e.action === 'import' ? null : (
                <form method="post" action={`/api/admin/audit/${e.id}/revert`} className="row-form">
                  <FormGuard csrf={session.csrfToken} returnTo={returnTo} />
                  <input type="text" name="comment" required minLength={3} placeholder="why" aria-label="Why revert" />
                  <button type="submit">Revert</button>
                </form>
              ),
          },
        ]}
      />
    </div>
  )
}

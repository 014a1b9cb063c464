import type { Metadata } from 'next'
import { readFlash } from '@/lib/auth/flash'
import { first, flashFields, type SearchParams } from '@/lib/search-params'
import Link from '@/components/ui/link'
import { FormGuard, Messages } from '@/components/admin/form-bits'
import { rowById } from '@/lib/curation/memberships'
import { curationSql } from '@/lib/curation/connection'
import { DATE_PRECISIONS } from '@/lib/domain/vocabulary'
import { adminChoices, currentCurator } from '@/lib/queries/admin'

export const metadata: Metadata = { title: 'Edit an interval', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

export default async function EditMembershipPage({ searchParams }: Props) {
  const sp = await searchParams
  const session = await currentCurator()
  if (!session) return null // the layout asks the reader to sign in
  const id = first(sp.id)
  const row = /^\d{1,10}$/.test(id) ? await rowById(await curationSql(), Number(id)) : null
  if (!row)
    return (
      <p className="notice">
        No membership interval {id}. <Link href="/admin">Back</Link>
      </p>
    )
  const { sources } = await adminChoices()
  const v = (k: string) => (row[k] === null || row[k] === undefined ? '' : String(row[k]))
  const returnTo = `/admin/membership?id=${row.id}`
  return (
    <div className="admin">
      <div className="admin-bar">
        <h1>
          {row.party_code} in {row.forum_code}: {v('status')}
        </h1>
        <Link href={`/admin?forum=${encodeURIComponent(row.forum_code)}`}>Back to {row.forum_code}</Link>
      </div>
      <Messages {...readFlash(session.csrfToken, flashFields(sp))} />
      <p className="muted">Correct the dates, note or source of this interval. To change the status from a date on, use “Change” on the forum&rsquo;s list.</p>
      <form method="post" action={`/api/admin/memberships/${row.id}/edit`} className="admin-form grid">
        <FormGuard csrf={session.csrfToken} returnTo={returnTo} />
        <label>
          <span>From</span>
          <input type="date" name="validFrom" defaultValue={v('valid_from')} required />
        </label>
        <label>
          <span>Known to the</span>
          <select name="validFromPrecision" defaultValue={v('valid_from_precision')}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Until (empty: in force)</span>
          <input type="date" name="validTo" defaultValue={v('valid_to')} />
        </label>
        <label>
          <span>Known to the</span>
          <select name="validToPrecision" defaultValue={v('valid_to_precision') || 'day'}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Source</span>
          <select name="sourceId" defaultValue={v('source_id')}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
        </label>
        <label className="wide-field">
          <span>Note</span>
          <input type="text" name="note" defaultValue={v('note')} maxLength={2000} />
        </label>
        <label className="wide-field">
          <span>Why (required)</span>
          <input type="text" name="comment" required minLength={3} maxLength={2000} />
        </label>
        <button type="submit">Save</button>
      </form>
    </div>
  )
}

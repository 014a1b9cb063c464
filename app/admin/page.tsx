import type { Metadata } from 'next'
import { readFlash } from '@/lib/auth/flash'
import { first, flashFields, type SearchParams } from '@/lib/search-params'
import Link from '@/components/ui/link'
import { AdminNav } from '@/components/admin/admin-nav'
import { FormGuard, Messages } from '@/components/admin/form-bits'
import { Day } from '@/components/ui/day'
import { Picker } from '@/components/ui/picker'
import { codeOptions } from '@/lib/picker-match'
import { StatusBadge } from '@/components/ui/status-badge'
import { Table } from '@/components/tables/table'
import { DATE_PRECISIONS, MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import { adminChoices, currentCurator } from '@/lib/queries/admin'
import { getForum } from '@/lib/queries/forums'
import { cookies, headers } from 'next/headers'
import { LOGIN_CSRF_COOKIE } from '@/lib/security/csp'

export const metadata: Metadata = { title: 'Curation', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

export default async function AdminPage({ searchParams }: Props) {
  const sp = await searchParams
  const session = await currentCurator()
  const messages = readFlash(session?.csrfToken ?? null, flashFields(sp))
  if (!session) {
    const loginCsrf = (await cookies()).get(LOGIN_CSRF_COOKIE)?.value ?? (await headers()).get('x-login-csrf') ?? ''
    return (
      <div className="admin">
        <h1>Curation</h1>
        <p className="lede">Sign in to change the dataset. Every change is recorded with who made it, when, and why.</p>
        <Messages {...messages} />
        <form method="post" action="/api/admin/sign-in" className="admin-form narrow">
          <input type="hidden" name="csrf" value={loginCsrf} />
          <label>
            <span>Email</span>
            <input type="email" name="email" autoComplete="username" required />
          </label>
          <label>
            <span>Password</span>
            <input type="password" name="password" autoComplete="current-password" required />
          </label>
          <button type="submit">Sign in</button>
        </form>
        <p className="muted">
          The first curator is created on the server: <code>npm run admin:create -- you@example.org</code>.
        </p>
      </div>
    )
  }
  const forumCode = (first(sp.forum) || 'CSTO').toUpperCase()
  const [choices, forum] = await Promise.all([adminChoices(), getForum(forumCode)])
  const returnTo = `/admin?forum=${encodeURIComponent(forumCode)}`
  const partyOptions = codeOptions(choices.parties)
  const forumOptions = codeOptions(choices.forums)
  return (
    <div className="admin wide">
      <AdminNav session={session} />
      <div className="admin-bar">
        <h1>Curation</h1>
      </div>
      <Messages {...messages} />

      <h2>Add a membership interval</h2>
      <form method="post" action="/api/admin/memberships" className="admin-form grid">
        <FormGuard csrf={session.csrfToken} returnTo={returnTo} />
        <Picker name="partyCode" label="Party" options={partyOptions} value={partyOptions[0]?.value ?? ''} />
        <Picker name="forumCode" label="Forum" options={forumOptions} value={forumCode} />
        <label>
          <span>Status</span>
          <select name="status">
            {MEMBERSHIP_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          <span>From</span>
          <input type="date" name="validFrom" required />
        </label>
        <label>
          <span>Known to the</span>
          <select name="validFromPrecision">
            {DATE_PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Until (empty: in force)</span>
          <input type="date" name="validTo" />
        </label>
        <label>
          <span>Source</span>
          <select name="sourceId" required>
            {choices.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
        </label>
        <label className="wide-field">
          <span>Note</span>
          <input type="text" name="note" maxLength={2000} />
        </label>
        <label className="wide-field">
          <span>Why (required)</span>
          <input type="text" name="comment" required minLength={3} maxLength={2000} />
        </label>
        <button type="submit">Add</button>
      </form>

      <h2>Intervals of a forum</h2>
      <form method="get" action="/admin" className="admin-form inline">
        <Picker name="forum" label="Forum" options={forumOptions} value={forumCode} />
        <button type="submit">Show</button>
      </form>
      {forum ? (
        <Table
          caption={`${forum.name}: every interval`}
          label="Every interval"
          className="admin-table"
          rows={forum.memberships}
          rowKey={(m) => String(m.id)}
          rowProps={(m) => ({ 'data-membership': String(m.id) })}
          columns={[
            {
              id: 'party',
              header: 'Party',
              cell: (m) => (
                <>
                  {m.partyName} <Link href={`/admin/membership?id=${m.id}`}>edit</Link>
                </>
              ),
            },
            { id: 'status', header: 'Status', cell: (m) => <StatusBadge status={m.status} /> },
            { id: 'from', header: 'From', nowrap: true, cell: (m) => <Day value={m.validFrom} precision={m.validFromPrecision} /> },
            { id: 'until', header: 'Until', nowrap: true, cell: (m) => (m.validTo ? <Day value={m.validTo} precision={m.validToPrecision} /> : 'in force') },
            {
              id: 'end',
              header: 'End it',
              cell: (m) => (
                <form method="post" action={`/api/admin/memberships/${m.id}/end`} className="row-form">
                  <FormGuard csrf={session.csrfToken} returnTo={returnTo} />
                  <input type="date" name="validTo" required aria-label="Last day" />
                  <input type="text" name="comment" required minLength={3} placeholder="why" aria-label="Why" />
                  <button type="submit">End</button>
                </form>
              ),
            },
            {
              id: 'change',
              header: 'Change its status',
              cell: (m) => (
                <form method="post" action={`/api/admin/memberships/${m.id}/status`} className="row-form">
                  <FormGuard csrf={session.csrfToken} returnTo={returnTo} />
                  <select name="status" aria-label="New status">
                    {MEMBERSHIP_STATUSES.filter((s) => s !== m.status).map((s) => (
                      <option key={s}>{s}</option>
                    ))}
                  </select>
                  <input type="date" name="from" required aria-label="From" />
                  <input type="hidden" name="sourceId" value={m.source.id} />
                  <input type="text" name="comment" required minLength={3} placeholder="why" aria-label="Why" />
                  <button type="submit">Change</button>
                </form>
              ),
            },
          ]}
        />
      ) : (
        <p className="notice">No forum {forumCode}.</p>
      )}
    </div>
  )
}

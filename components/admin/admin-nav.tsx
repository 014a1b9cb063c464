import Link from '@/components/ui/link'
import type { CuratorSession } from '@/lib/auth/session'
import { FormGuard } from './form-bits'

/** The curation pages' navigation: every admin page, who is signed in, and signing out; and what of a change is published. */
export function AdminNav({ session }: { session: CuratorSession }) {
  return (
    <>
      <nav className="admin-nav" aria-label="Curation">
        <Link href="/admin">Memberships</Link>
        <Link href="/admin/records">Forums, parties, sources, events</Link>
        <Link href="/admin/import">Import a file</Link>
        <Link href="/admin/audit">Audit trail</Link>
        <span className="muted">Signed in as {session.email}</span>
        <form method="post" action="/api/admin/sign-out">
          <FormGuard csrf={session.csrfToken} returnTo="/admin" />
          <button type="submit" className="link">
            Sign out
          </button>
        </form>
      </nav>
      <p className="muted admin-public-note">
        Every change is listed publicly under <Link href="/changes/corrections">corrections</Link>: what, when and the “why” you give — never who made it.
      </p>
    </>
  )
}

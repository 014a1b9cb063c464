import Link from '@/components/ui/link'
import type { CuratorSession } from '@/lib/auth/session'
import { FormGuard } from './form-bits'

/** The curation pages' navigation: every admin page, who is signed in, and signing out. */
export function AdminNav({ session }: { session: CuratorSession }) {
  return (
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
  )
}

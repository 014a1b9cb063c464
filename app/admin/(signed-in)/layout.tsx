import type { ReactNode } from 'react'
import { AdminNav } from '@/components/admin/admin-nav'
import Link from '@/components/ui/link'
import { currentCurator } from '@/lib/queries/admin'

/**
 * Every curation page but the sign-in page (/admin): the navigation once, and a signed-out reader
 * sent to sign in. Each page checks the session again itself (a layout renders beside its page,
 * not before it), through the same cached read.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await currentCurator()
  if (!session) {
    return (
      <div className="admin">
        <h1>Curation</h1>
        <p>
          <Link href="/admin">Sign in</Link> first.
        </p>
      </div>
    )
  }
  return (
    <>
      <AdminNav session={session} />
      {children}
    </>
  )
}

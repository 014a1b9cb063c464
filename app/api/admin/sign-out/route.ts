import { curatorForm, isSecure } from '@/lib/auth/guard'
import { redirect } from '@/lib/auth/admin-action'
import { sessionCookie, signOut } from '@/lib/auth/session'

export const dynamic = 'force-dynamic'

/** POST /api/admin/sign-out (form: csrf) — ends the session. */
export async function POST(request: Request) {
  const posted = await curatorForm(request)
  if (posted instanceof Response) return posted
  await signOut(posted.session)
  const response = redirect(request, '/admin', { code: 'signed-out' })
  response.headers.append('Set-Cookie', sessionCookie('', isSecure(request), 0))
  return response
}

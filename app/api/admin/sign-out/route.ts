import { checkCsrf, isSecure, readForm, requireSession } from '@/lib/auth/guard'
import { redirect } from '@/lib/auth/admin-action'
import { sessionCookie, signOut } from '@/lib/auth/session'

export const dynamic = 'force-dynamic'

/** POST /api/admin/sign-out (form: csrf) — ends the session. */
export async function POST(request: Request) {
  const session = await requireSession(request)
  if (session instanceof Response) return session
  const form = await readForm(request)
  if (form instanceof Response) return form
  const refused = checkCsrf(request, session, form)
  if (refused) return refused
  await signOut(session)
  const response = redirect(request, '/admin', { code: 'signed-out' })
  response.headers.append('Set-Cookie', sessionCookie('', isSecure(request), 0))
  return response
}

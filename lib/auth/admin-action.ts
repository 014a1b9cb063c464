import 'server-only'
import { curationSql, type SqlClient } from '../curation/connection'
import { CurationError } from '../curation/memberships'
import { curatorForm } from './guard'
import type { CuratorSession } from './session'
import { signedFlash } from './flash'

/**
 * The shape of every admin write route: check origin and session, read the form (size-limited,
 * counted as it arrives), check the CSRF token, run the change, then send the browser back to the admin page with a message (303),
 * or answer JSON to a client that asks for it. A refused change names its field.
 */
export async function adminAction(
  request: Request,
  run: (ctx: { form: FormData; session: CuratorSession; sql: SqlClient }) => Promise<string>,
): Promise<Response> {
  const posted = await curatorForm(request)
  if (posted instanceof Response) return posted
  const { session, form } = posted
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const back = safeReturn(form.get('returnTo'))
  try {
    const sql = await curationSql()
    const message = await run({ form, session, sql })
    return wantsJson ? Response.json({ ok: true, message }) : redirect(request, back, signedFlash(session.csrfToken, { ok: message }))
  } catch (error) {
    if (!(error instanceof CurationError)) throw error
    return wantsJson
      ? Response.json({ error: error.message, field: error.field }, { status: 400 })
      : redirect(request, back, signedFlash(session.csrfToken, { error: error.message, field: error.field }))
  }
}

function safeReturn(value: FormDataEntryValue | null): string {
  const v = typeof value === 'string' ? value : ''
  return /^\/admin(\/[\w/-]*)?(\?[\w=&%+.-]*)?$/.test(v) ? v : '/admin'
}

export function redirect(request: Request, path: string, params: Record<string, string> = {}): Response {
  const url = new URL(path, request.url)
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
  return new Response(null, { status: 303, headers: { Location: url.pathname + url.search } })
}

export function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of form) if (typeof v === 'string') out[k] = v
  return out
}

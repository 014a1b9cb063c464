import { redirect } from '@/lib/auth/admin-action'
import { checkCsrf, deny, readForm, requireSession } from '@/lib/auth/guard'
import { RateLimiter } from '@/lib/auth/rate-limit'
import { saveUpload } from '@/lib/curation/uploads'
import { signedFlash } from '@/lib/auth/flash'

export const dynamic = 'force-dynamic'

const MAX_BYTES = 20 * 1024 * 1024
const limiter = new RateLimiter(10, 60_000)

/** POST /api/admin/import (multipart: kind=trade|memberships, file) — stores the file for its preview. */
export async function POST(request: Request) {
  // Origin and session before a byte of the upload is read; then the body, counted as it arrives.
  const session = await requireSession(request)
  if (session instanceof Response) return session
  const form = await readForm(request, MAX_BYTES)
  if (form instanceof Response) return form
  const refused = checkCsrf(request, session, form)
  if (refused) return refused
  const wait = limiter.hit(String(session.curatorId))
  if (wait) return deny(429, `Too many imports; try again in ${wait} s.`)
  const file = form.get('file')
  const kind = form.get('kind')
  if (!(file instanceof File) || file.size === 0)
    return redirect(request, '/admin/import', signedFlash(session.csrfToken, { error: 'Choose a non-empty file.', field: 'file' }))
  if (file.size > MAX_BYTES) return deny(413, 'The file is larger than 20 MB.')
  if (kind !== 'trade' && kind !== 'memberships')
    return redirect(request, '/admin/import', signedFlash(session.csrfToken, { error: 'Choose what the file holds.', field: 'kind' }))
  const id = saveUpload(new Uint8Array(await file.arrayBuffer()), {
    name: file.name.replace(/[^\w.-]/g, '_').slice(0, 100) || 'upload.csv',
    kind,
    curatorId: session.curatorId,
  })
  return redirect(request, '/admin/import', { upload: id })
}

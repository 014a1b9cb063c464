import 'server-only'
import { createHmac } from 'node:crypto'
import { sameToken } from './session'

/**
 * Messages an admin page shows after a write ("Saved.", "The end date is before…"), carried in the
 * redirect's query string. An address anyone can write must not make the page say what its author
 * wants: a message is shown only when the app chose it — one of the fixed messages by its code, or
 * a message signed with the session's own secret (its CSRF token), which only this session's
 * requests can produce.
 */

export const FIXED_MESSAGES: Record<string, string> = {
  'signin-refused': 'Wrong email or password (after 5 wrong tries, an account waits 15 minutes).',
  'signin-slow-down': 'Too many sign-in attempts from this address; wait a minute and try again.',
  'signin-too-long': 'A password has at most 72 bytes (bcrypt reads no further).',
  'signed-out': 'Signed out.',
}

export interface Flash {
  ok?: string
  error?: string
  field?: string
}

const signature = (key: string, flash: Flash) =>
  createHmac('sha256', key)
    .update(JSON.stringify([flash.ok ?? '', flash.error ?? '', flash.field ?? '']))
    .digest('base64url')

/** The query parameters of a redirect carrying `flash`, signed with the session's secret. */
export function signedFlash(key: string, flash: Flash): Record<string, string> {
  const params: Record<string, string> = {}
  if (flash.ok) params.ok = flash.ok
  if (flash.error) params.error = flash.error
  if (flash.field) params.field = flash.field
  params.sig = signature(key, flash)
  return params
}

/** The messages of a page's query string that the app chose; anything else is dropped. */
export function readFlash(key: string | null, query: { ok?: string; error?: string; field?: string; sig?: string; code?: string }): Flash {
  const fixed = query.code && Object.hasOwn(FIXED_MESSAGES, query.code) ? FIXED_MESSAGES[query.code] : undefined
  if (fixed) return query.code!.startsWith('signed-') ? { ok: fixed } : { error: fixed }
  if (!key || !query.sig) return {}
  const flash = { ok: query.ok || undefined, error: query.error || undefined, field: query.field || undefined }
  return sameToken(query.sig, signature(key, flash)) ? flash : {}
}

import 'server-only'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { curationSql } from '../curation/connection'
import { hashPassword, passwordTooLong, verifyPassword } from './password'
import { RateLimiter } from './rate-limit'

/**
 * Curator sign-in and sessions. The session cookie holds a random token (httpOnly, SameSite=Strict,
 * Secure over HTTPS, 8 hours); the database stores only its SHA-256, with the session's CSRF token.
 * Five wrong passwords make an account wait 15 minutes, after which its count starts again; more
 * than ten sign-in attempts a minute from one address are slowed down (the address server.ts
 * vouches for: lib/http/client-address.ts).
 *
 * An attempt is counted before its password is checked, in one UPDATE that also checks the lock:
 * simultaneous attempts queue on the row, so no more than five passwords are ever tried per lock
 * period however many arrive at once. A locked account, an unknown one and a wrong password get the
 * same answer, after the same bcrypt work, so the answer does not tell which accounts exist.
 */

export const SESSION_COOKIE = 'fa_session'
const SESSION_HOURS = 8
const LOCK_AFTER = 5
const LOCK_MINUTES = 15
const signInLimiter = new RateLimiter(10, 60_000)

export interface CuratorSession {
  curatorId: number
  email: string
  csrfToken: string
  tokenHash: string
}

let dummyHash: Promise<string> | undefined

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export type SignInResult = { ok: true; token: string; session: CuratorSession } | { ok: false; status: 400 | 401 | 429; message: string; retryAfter?: number }

const SIGN_IN_REFUSED = `Wrong email or password (after ${LOCK_AFTER} wrong tries, an account waits ${LOCK_MINUTES} minutes).`

export async function signIn(email: string, password: string, clientKey: string): Promise<SignInResult> {
  const wait = signInLimiter.hit(clientKey)
  if (wait) return { ok: false, status: 429, message: `Too many sign-in attempts; try again in ${wait} s.`, retryAfter: wait }
  if (passwordTooLong(password)) return { ok: false, status: 400, message: 'A password has at most 72 bytes (bcrypt reads no further).' }
  const sql = await curationSql()
  // Count the attempt first, atomically with the lock check (the row lock queues simultaneous
  // attempts); an expired lock starts the count again.
  const [curator] = await sql.query<{ id: number; email: string; password_hash: string }>(
    `UPDATE curator SET
       failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_attempts + 1 END,
       locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN NULL ELSE locked_until END
     WHERE lower(email) = lower($1)
       AND (locked_until IS NULL OR locked_until <= now())
       AND failed_attempts < $2 + CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN failed_attempts ELSE 0 END
     RETURNING id, email, password_hash`,
    [email.trim(), LOCK_AFTER],
  )
  // Unknown and locked accounts are compared against a dummy hash: same answer, same time.
  dummyHash ??= hashPassword('not a real password, only for timing')
  const valid = await verifyPassword(password, curator?.password_hash ?? (await dummyHash))
  if (!curator || !valid) {
    if (curator) {
      await sql.query(`UPDATE curator SET locked_until = now() + make_interval(mins => $3) WHERE id = $1 AND failed_attempts >= $2 AND locked_until IS NULL`, [
        curator.id,
        LOCK_AFTER,
        LOCK_MINUTES,
      ])
    }
    return { ok: false, status: 401, message: SIGN_IN_REFUSED }
  }
  await sql.query('UPDATE curator SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [curator.id])
  signInLimiter.reset(clientKey)
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  const tokenHash = sha256(token)
  await sql.query(`INSERT INTO session (token_hash, curator_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`, [
    tokenHash,
    curator.id,
    csrfToken,
    SESSION_HOURS,
  ])
  await sql.query('DELETE FROM session WHERE expires_at < now()')
  return { ok: true, token, session: { curatorId: curator.id, email: curator.email, csrfToken, tokenHash } }
}

export async function sessionFromToken(token: string | undefined): Promise<CuratorSession | null> {
  if (!token || token.length > 200) return null
  const sql = await curationSql()
  const tokenHash = sha256(token)
  const [row] = await sql.query<{ curator_id: number; email: string; csrf_token: string }>(
    `SELECT s.curator_id, c.email, s.csrf_token FROM session s JOIN curator c ON c.id = s.curator_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  )
  return row ? { curatorId: row.curator_id, email: row.email, csrfToken: row.csrf_token, tokenHash } : null
}

export async function signOut(session: CuratorSession): Promise<void> {
  const sql = await curationSql()
  await sql.query('DELETE FROM session WHERE token_hash = $1', [session.tokenHash])
}

export function sessionCookie(token: string, secure: boolean, maxAgeSeconds = SESSION_HOURS * 3600): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`
}

export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

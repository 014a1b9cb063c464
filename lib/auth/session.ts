import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { getDatabase } from '../db/connection'
import { hashPassword, verifyPassword } from './password'
import { RateLimiter } from './rate-limit'

/**
 * Curator sign-in and sessions. The session cookie holds a random token (httpOnly, SameSite=Strict,
 * Secure over HTTPS, 8 hours); the database stores only its SHA-256, with the session's CSRF token.
 * Five wrong passwords lock an account for 15 minutes; more than ten sign-in attempts a minute from
 * one address are slowed down.
 */

export const SESSION_COOKIE = 'fa_session'
export const SESSION_HOURS = 8
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

export type SignInResult =
  | { ok: true; token: string; session: CuratorSession }
  | { ok: false; status: 401 | 423 | 429; message: string; retryAfter?: number }

export async function signIn(email: string, password: string, clientKey: string): Promise<SignInResult> {
  const wait = signInLimiter.hit(clientKey)
  if (wait) return { ok: false, status: 429, message: `Too many sign-in attempts; try again in ${wait} s.`, retryAfter: wait }
  const { sql } = await getDatabase()
  const [curator] = await sql.query<{ id: number; email: string; password_hash: string; failed_attempts: number; locked_until: Date | null }>(
    'SELECT id, email, password_hash, failed_attempts, locked_until FROM curator WHERE lower(email) = lower($1)',
    [email.trim()],
  )
  if (curator?.locked_until && curator.locked_until > new Date()) {
    return { ok: false, status: 423, message: 'This account is locked after repeated failed sign-ins; try again later.' }
  }
  // Compare against a dummy hash when the account does not exist, so timing does not tell.
  dummyHash ??= hashPassword('not a real password, only for timing')
  const valid = await verifyPassword(password, curator?.password_hash ?? (await dummyHash))
  if (!curator || !valid) {
    if (curator) {
      await sql.query(
        `UPDATE curator SET failed_attempts = failed_attempts + 1,
           locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
         WHERE id = $1`,
        [curator.id, LOCK_AFTER, LOCK_MINUTES],
      )
    }
    return { ok: false, status: 401, message: 'Wrong email or password.' }
  }
  await sql.query('UPDATE curator SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [curator.id])
  signInLimiter.reset(clientKey)
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(32).toString('base64url')
  const tokenHash = sha256(token)
  await sql.query(
    `INSERT INTO session (token_hash, curator_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [tokenHash, curator.id, csrfToken, SESSION_HOURS],
  )
  await sql.query('DELETE FROM session WHERE expires_at < now()')
  return { ok: true, token, session: { curatorId: curator.id, email: curator.email, csrfToken, tokenHash } }
}

export async function sessionFromToken(token: string | undefined): Promise<CuratorSession | null> {
  if (!token || token.length > 200) return null
  const { sql } = await getDatabase()
  const tokenHash = sha256(token)
  const [row] = await sql.query<{ curator_id: number; email: string; csrf_token: string }>(
    `SELECT s.curator_id, c.email, s.csrf_token FROM session s JOIN curator c ON c.id = s.curator_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash],
  )
  return row ? { curatorId: row.curator_id, email: row.email, csrfToken: row.csrf_token, tokenHash } : null
}

export async function signOut(session: CuratorSession): Promise<void> {
  const { sql } = await getDatabase()
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

import 'server-only'
import bcrypt from 'bcryptjs'

/** bcrypt (bcryptjs: pure JS, no native build) with cost 12. */
export const MIN_PASSWORD_LENGTH = 12

/** bcrypt reads the first 72 bytes only: a longer password would be accepted for its first 72. */
const MAX_PASSWORD_BYTES = 72

export function passwordTooLong(password: string): boolean {
  return Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES
}

export function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  if (passwordTooLong(password)) throw new Error(`the password must be at most ${MAX_PASSWORD_BYTES} bytes in UTF-8 (bcrypt ignores the rest)`)
  return bcrypt.hash(password, 12)
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash)
}

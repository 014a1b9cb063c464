import bcrypt from 'bcryptjs'

/** bcrypt (bcryptjs: pure JS, no native build) with cost 12. */
export const MIN_PASSWORD_LENGTH = 12

export function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  return bcrypt.hash(password, 12)
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash)
}

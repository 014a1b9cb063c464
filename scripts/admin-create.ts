// npm run admin:create -- <email>   — creates a curator (or resets the password of an existing one).
// The password is read from ADMIN_PASSWORD, or asked for on the terminal without echo.
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { z } from 'zod'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../lib/auth/password'
import { openDatabase } from '../lib/db/open'

const email = z.email({ error: 'give the curator’s email address' }).safeParse(process.argv[2] ?? '')
if (!email.success) {
  console.error(`usage: npm run admin:create -- <email>   (${email.error.issues[0].message})`)
  process.exit(2)
}

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD
  if (!process.stdin.isTTY) throw new Error('no terminal to ask for the password: set ADMIN_PASSWORD')
  let muted = false
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stdout.write(chunk), done()) })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(q)
      muted = true
      rl.question('', (a) => {
        muted = false
        process.stdout.write('\n')
        resolve(a)
      })
    })
  const first = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `)
  const second = await ask('Again: ')
  rl.close()
  if (first !== second) throw new Error('the two passwords differ')
  return first
}

try {
  const hash = await hashPassword(await askPassword())
  const db = await openDatabase({ migrate: true, log: () => {} })
  try {
    await db.sql.query(
      `INSERT INTO curator (email, password_hash) VALUES (lower($1), $2)
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_attempts = 0, locked_until = NULL`,
      [email.data, hash],
    )
    console.log(`curator ${email.data.toLowerCase()} ready on ${db.description}`)
  } finally {
    await db.close()
  }
} catch (error) {
  console.error(`admin:create: ${(error as Error).message}`)
  process.exitCode = 1
}

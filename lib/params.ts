import { z } from 'zod'

/**
 * URL parameters shared by pages and API routes. Each parser answers either the typed value or a
 * message naming the parameter, which routes turn into a 400 and pages into a visible notice.
 */

export class ParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`)
  }
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v)
  }, 'is not a real calendar date')
  .refine((v) => v >= '1900-01-01' && v <= '2100-12-31', 'must be between 1900-01-01 and 2100-12-31')

// In a query string "+" means a space, so `forums=C5+US` arrives as "C5 US": a code never holds a
// space, so spaces inside a code are read back as "+".
const codeList = z
  .string()
  .transform((v) => v.split(',').map((c) => c.trim().replace(/\s+/g, '+').toUpperCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[A-Z0-9+]{2,12}$/, 'must be codes like SCO,EAEU separated by commas')).max(500, 'too many codes'))

export const membershipQuery = z.object({
  asOf: isoDay.optional(),
  forums: codeList.optional(),
  parties: codeList.optional(),
})
export type MembershipQuery = z.output<typeof membershipQuery>

/** Parses URLSearchParams against a schema; unknown parameters and repeated ones are errors too. */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.output<S> {
  const allowed = Object.keys(schema.shape)
  const raw: Record<string, string> = {}
  for (const [key, value] of params) {
    if (!allowed.includes(key)) throw new ParamError(key, `unknown parameter; allowed: ${allowed.join(', ')}`)
    if (key in raw) throw new ParamError(key, 'given more than once')
    raw[key] = value
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new ParamError(String(issue.path[0] ?? 'query'), issue.message)
  }
  return result.data
}

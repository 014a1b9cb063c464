import 'server-only'
/** What every curation change shares: its refusal, naming the field, and how two stored rows compare. */

export class CurationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/** Two rows as stored (jsonb does not keep key order, so field by field; missing = null). */
export function sameRow(a: Record<string, unknown> | null, b: Record<string, unknown> | null): boolean {
  if (a === null || b === null) return a === b
  return Object.keys({ ...a, ...b }).every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null))
}

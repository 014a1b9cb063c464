/** A page's search parameters as Next gives them: each may be absent, one value, or repeated. */
export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a parameter, or '' when it is absent. */
export function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** A GET form sends its empty fields too (`forum=&party=KAZ`): an empty field is no filter. */
export function withoutEmpty(record: SearchParams): SearchParams {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => !(v === '' || (Array.isArray(v) && v.every((x) => x === '')))))
}

/** The signed message fields an admin redirect carries (lib/auth/flash.ts). */
export function flashFields(sp: SearchParams) {
  return { ok: first(sp.ok), error: first(sp.error), field: first(sp.field), sig: first(sp.sig), code: first(sp.code) }
}

/**
 * The forums the matrix's checklist offers, packed into one string for the RSC payload. As objects,
 * the 500 forums of a world-scale page were 49 kB, two fifths of the page's payload, and React
 * serialized, escaped into the HTML and parsed again every field of every one on each render
 * (docs/performance.md); one line per forum, its fields separated by tabs, is a quarter of that and
 * one string to each of those steps.
 */

/** A forum the chooser offers. */
export interface ForumChoice {
  code: string
  shortName: string
  name: string
  kind: string
  /** The language of the names when it is not the page's (a forum without a sourced translation). */
  lang?: string
}

const FIELD = '\t'
const LINE = '\n'

export function packForumChoices(forums: ForumChoice[]): string {
  return forums
    .map((f) => {
      const fields = [f.code, f.shortName, f.name, f.kind, f.lang ?? '']
      // A tab or a line break inside a name would shift the fields of this forum or split it in two.
      const bad = fields.find((v) => v.includes(FIELD) || v.includes(LINE))
      if (bad !== undefined) throw new Error(`cannot pack the forum ${f.code}: ${JSON.stringify(bad)} holds a tab or a line break`)
      return fields.join(FIELD)
    })
    .join(LINE)
}

export function unpackForumChoices(packed: string): ForumChoice[] {
  if (packed === '') return []
  return packed.split(LINE).map((line) => {
    const [code, shortName, name, kind, lang] = line.split(FIELD)
    return lang ? { code, shortName, name, kind, lang } : { code, shortName, name, kind }
  })
}

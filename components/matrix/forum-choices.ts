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

// Packed once per list (the page passes the same localized list until the data change).
const packedLists = new WeakMap<readonly ForumChoice[], string>()

export function packForumChoices(forums: readonly ForumChoice[]): string {
  const cached = packedLists.get(forums)
  if (cached !== undefined) return cached
  const packed = forums.map((f) => [f.code, f.shortName, f.name, f.kind, f.lang ?? ''].map(oneLine).join(FIELD)).join(LINE)
  packedLists.set(forums, packed)
  return packed
}

// A tab or a line break inside a name would shift the fields of its forum or split it in two; the
// dataset's checks do not forbid them. HTML shows them as a space anyway, so they travel as one.
const oneLine = (value: string) => value.replace(/[\t\r\n]+/g, ' ')

export function unpackForumChoices(packed: string): ForumChoice[] {
  if (packed === '') return []
  return packed.split(LINE).map((line) => {
    const [code, shortName, name, kind, lang] = line.split(FIELD)
    return lang ? { code, shortName, name, kind, lang } : { code, shortName, name, kind }
  })
}

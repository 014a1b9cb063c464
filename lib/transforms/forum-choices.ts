/**
 * The forums a view's chooser offers, packed into one string for the RSC payload: at world scale
 * there are 500, and as objects ({code, shortName, name, kind} each) they were the largest part of
 * the matrix page's payload, serialized on the server and parsed again for every render.
 */
export interface ForumChoice {
  code: string
  shortName: string
  name: string
  kind: string
}

const FIELD = '\t'
const RECORD = '\n'
// Display text only: a tab or line break inside a name would end its field.
const flat = (text: string) => text.replace(/[\t\n\r]+/g, ' ')

export function packForumChoices(forums: ForumChoice[]): string {
  return forums.map((f) => [f.code, f.shortName, f.name, f.kind].map(flat).join(FIELD)).join(RECORD)
}

export function unpackForumChoices(packed: string): ForumChoice[] {
  if (packed === '') return []
  return packed.split(RECORD).map((line) => {
    const [code, shortName, name, kind] = line.split(FIELD)
    return { code, shortName, name, kind }
  })
}

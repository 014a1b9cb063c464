import { DATA_LICENCE } from './licences'

/**
 * "Cite this": one view of the dataset as a reference in APA (7th edition, data set), BibTeX
 * (biblatex's @dataset fields, readable by BibTeX as @misc) and RIS (TY DATA), each naming the
 * dataset version, the view's permalink and the day it was accessed, so a reader can find exactly
 * what was cited.
 */

export interface CitationInput {
  /** What is cited: "Membership matrix on 1 Jan 2010". */
  title: string
  /** The view's absolute address; omitted when the citation travels without one (a release's README). */
  permalink?: string
  version: string
  /** YYYY-MM-DD: the day the reader saw the view (cited with the permalink). */
  accessed: string
  /** YYYY-MM-DD: the day the version was released (its year is the reference's year). */
  released: string
}

export interface Citation {
  apa: string
  bibtex: string
  ris: string
}

export const CITATION_AUTHOR = 'forum-atlas'

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "December 5, 2026", as APA writes a retrieval date. */
function apaDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return `${LONG_MONTHS[m - 1]} ${d}, ${y}`
}

export function apaCitation(c: CitationInput): string {
  const year = c.released.slice(0, 4)
  const head = `${CITATION_AUTHOR}. (${year}). ${c.title} (Version ${c.version}) [Data set].`
  return c.permalink ? `${head} Retrieved ${apaDay(c.accessed)}, from ${c.permalink}` : head
}

/** BibTeX's special characters in a field's text; a URL field is left as it is (biblatex reads it verbatim). */
function bibText(text: string): string {
  return text
    .replace(/[\\{}]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : `\\${ch}`))
    .replace(/[&%$#_]/g, (ch) => `\\${ch}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
}

/** A key that names the view and the version: forum-atlas-2026.12-membership-matrix-on-1-jan-2010 → letters, digits and - only. */
export function bibKey(c: Pick<CitationInput, 'title' | 'version' | 'accessed'>): string {
  const slug = c.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '')
  return `forumatlas-${c.version.replace(/\./g, '-')}-${slug || 'view'}`
}

export function bibtexCitation(c: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${CITATION_AUTHOR}}`],
    ['title', `{${bibText(c.title)}}`],
    ['year', c.released.slice(0, 4)],
    ['version', c.version],
    ['howpublished', 'Data set'],
    ...(c.permalink
      ? ([
          ['url', c.permalink],
          ['urldate', c.accessed],
        ] as [string, string][])
      : []),
    ['note', `Dataset version ${c.version}${c.permalink ? `, accessed ${c.accessed}` : ''}. Licence: ${DATA_LICENCE.name}`],
  ]
  const width = Math.max(...fields.map(([k]) => k.length))
  return [`@misc{${bibKey(c)},`, ...fields.map(([k, v], i) => `  ${k.padEnd(width)} = {${v}}${i < fields.length - 1 ? ',' : ''}`), '}'].join('\n')
}

/** RIS: one tag per line, "TG  - value", ending with "ER  - ". */
export function risCitation(c: CitationInput): string {
  const tags: [string, string][] = [
    ['TY', 'DATA'],
    ['AU', CITATION_AUTHOR],
    ['TI', c.title],
    ['PY', c.released.slice(0, 4)],
    ['ET', c.version],
    ['PB', CITATION_AUTHOR],
    ...(c.permalink
      ? ([
          ['UR', c.permalink],
          ['Y2', c.accessed.replace(/-/g, '/')],
        ] as [string, string][])
      : []),
    ['N1', `Dataset version ${c.version}. Licence: ${DATA_LICENCE.name} (${DATA_LICENCE.url}).`],
    ['ER', ''],
  ]
  return tags.map(([t, v]) => `${t}  - ${v}`).join('\r\n') + '\r\n'
}

export function citationFor(c: CitationInput): Citation {
  return { apa: apaCitation(c), bibtex: bibtexCitation(c), ris: risCitation(c) }
}

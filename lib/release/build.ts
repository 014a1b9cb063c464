import { createHash } from 'node:crypto'
import { zipSync, type Zippable } from 'fflate'
import { toCsv } from '../downloads/csv'
import { DATA_LICENCE } from '../licences'
import { formatDay } from '../dates'
import { citationFor } from '../citation'
import { RELEASES_DIR, type Release } from './schema'
import type { ReleaseTable } from './tables'

/**
 * One data release as files and as a zip. The zip is reproducible: entries in a fixed order, every
 * entry dated the release's day at midnight (DOS times are local-time fields, so the Date is built
 * from local fields and reads the same in every time zone), compressed by fflate (pure JavaScript, so
 * the bytes do not depend on the zlib a Node build ships).
 */

export interface ReleaseInput {
  release: Pick<Release, 'version' | 'date' | 'summary' | 'changes'>
  /** Every release up to and including this one, oldest first: the CHANGELOG in the zip. */
  history: Pick<Release, 'version' | 'date' | 'summary' | 'changes'>[]
  tables: ReleaseTable[]
  licence: string
}

export const CODEBOOK_COLUMNS = ['file', 'column', 'type', 'optional', 'allowed_values', 'meaning'] as const

export function codebookCsv(tables: ReleaseTable[]): string {
  const rows = [
    ...tables.flatMap((t) => t.columns.map((c) => [`data/${t.file}`, c.name, c.type, c.optional ? 'yes' : 'no', (c.allowed ?? []).join(' | '), c.meaning])),
    ...CODEBOOK_COLUMNS.map((name) => [
      'codebook.csv',
      name,
      name === 'optional' ? 'enum' : 'text',
      name === 'allowed_values' ? 'yes' : 'no',
      name === 'optional' ? 'yes | no' : '',
      CODEBOOK_MEANINGS[name],
    ]),
  ]
  return toCsv(CODEBOOK_COLUMNS, rows)
}

const CODEBOOK_MEANINGS: Record<(typeof CODEBOOK_COLUMNS)[number], string> = {
  file: 'the file the column belongs to, as a path inside the release',
  column: 'the column’s name, as in the file’s header',
  type: 'text, code (an identifier), date (YYYY-MM-DD), year, decimal, boolean, url, or enum (one of allowed_values)',
  optional: 'yes when a cell may be empty',
  allowed_values: 'for enum and boolean columns, every value allowed, separated by " | "',
  meaning: 'what the column holds',
}

export function tableCsv(t: ReleaseTable): string {
  return toCsv(
    t.columns.map((c) => c.name),
    t.rows.map((r) => t.columns.map((c) => c.value(r))),
  )
}

/** The files whose content is the data (tables, codebook, licence): their digest says whether the data changed. */
export function dataFiles(tables: ReleaseTable[], licence: string): Record<string, string> {
  const files: Record<string, string> = { 'LICENSE.md': licence, 'codebook.csv': codebookCsv(tables) }
  for (const t of tables) files[`data/${t.file}`] = tableCsv(t)
  return files
}

export function digestOf(files: Record<string, string>): string {
  const hash = createHash('sha256')
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name].length}\0`).update(files[name])
  return hash.digest('hex')
}

const KIND_HEADINGS: Record<Release['changes'][number]['kind'], string> = { added: 'Added', changed: 'Changed', corrected: 'Corrected', removed: 'Removed' }

export function changelogSection(r: ReleaseInput['release']): string {
  const lines = [`## ${r.version} (${formatDay(r.date)})`, '', r.summary, '']
  for (const kind of ['added', 'changed', 'corrected', 'removed'] as const) {
    const items = r.changes.filter((c) => c.kind === kind)
    if (!items.length) continue
    lines.push(`### ${KIND_HEADINGS[kind]}`, '')
    for (const c of items) lines.push(`- ${c.text}${c.sources.length ? ` (${c.sources.map((s) => `\`${s}\``).join(', ')})` : ''}`)
    lines.push('')
  }
  return lines.join('\n')
}

/** The data's CHANGELOG, newest release first: prisma/data/CHANGELOG.md and the zip's copy. */
export function changelog(history: ReleaseInput['history']): string {
  const intro = [
    '# Changelog of the forum-atlas dataset',
    '',
    'Written by `npm run data:release` from `prisma/data/releases.json`; edit that file, not this one.',
    'Source ids in parentheses are rows of `sources.csv`; file names are files of `prisma/data/`.',
    '',
  ]
  return [...intro, ...[...history].reverse().map(changelogSection)].join('\n')
}

function readme(input: ReleaseInput, files: Record<string, string>): string {
  const { release, tables } = input
  const folder = `forum-atlas-data-${release.version}`
  // No address: a file travels without the site it came from; the reader adds where they got it.
  const cite = citationFor({ title: 'forum-atlas dataset', version: release.version, accessed: release.date, released: release.date })
  const lines = [
    `# forum-atlas dataset, version ${release.version}`,
    '',
    `Released ${formatDay(release.date)}. Who belongs to which multilateral forum, in which status, since when, and the trade by partner of Central Asia, the South Caucasus and Afghanistan; every fact with its source.`,
    '',
    release.summary,
    '',
    '## Files',
    '',
    '| file | rows | what |',
    '|---|---|---|',
    ...tables.map((t) => `| \`data/${t.file}\` | ${t.rows.length} | ${t.meaning} |`),
    '| `codebook.csv` | | every column of every file: type, whether it may be empty, allowed values, meaning |',
    '| `CHANGELOG.md` | | what each release added, changed and corrected, and why |',
    '| `LICENSE.md` | | the licences: the dataset under CC BY 4.0, third-party figures under their publishers’ terms |',
    '',
    'All CSV files: UTF-8, comma-separated, RFC 4180 quoting, CRLF line ends, a header line. Dates are ISO',
    '(`YYYY-MM-DD`); a date known only to the month or year is the first day of it, and the `*_precision`',
    'column beside it says so. Codes refer between files: `party_code` → `parties.csv` `code`, `forum_code`',
    '→ `forums.csv` `code`, `source_id` → `sources.csv` `id`, `event_id` → `events.csv` `id`.',
    '',
    '## Licence',
    '',
    `The dataset is under ${DATA_LICENCE.name} (${DATA_LICENCE.url}); the IMF's trade figures and the national`,
    'statistics are under their publishers’ terms, credited in `LICENSE.md`.',
    '',
    '## How to cite',
    '',
    cite.apa,
    '',
    '```bibtex',
    cite.bibtex,
    '```',
    '',
    '## Reproducing this file',
    '',
    `From the forum-atlas repository at the commit that made release ${release.version}: \`npm ci && npm run data:release\``,
    `rebuilds \`${RELEASES_DIR}/${folder}.zip\` byte for byte. Digest of the data files: \`${digestOf(files)}\`.`,
    '',
  ]
  return lines.join('\n')
}

/** The files of a release, by their path inside the zip's folder. */
export function releaseFiles(input: ReleaseInput): Record<string, string> {
  const data = dataFiles(input.tables, input.licence)
  return { 'README.md': readme(input, data), 'CHANGELOG.md': changelog(input.history), ...data }
}

export function releaseZip(input: ReleaseInput): Uint8Array {
  const files = releaseFiles(input)
  const [y, m, d] = input.release.date.split('-').map(Number)
  const mtime = new Date(y, m - 1, d)
  const folder = `forum-atlas-data-${input.release.version}/`
  const encoder = new TextEncoder()
  const zippable: Zippable = {}
  for (const name of Object.keys(files).sort()) zippable[folder + name] = [encoder.encode(files[name]), { level: 9, mtime }]
  return zipSync(zippable, { level: 9, mtime })
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The corrections made to the shipped dataset itself (prisma/data/CORRECTIONS-*.md: a fact-check's
 * items, what the data says now, and the evidence), read from the files' tables so that the
 * public corrections page lists them as written, and a new CORRECTIONS file appears there too.
 */

/** A run of text, `code` or **strong** (the only inline markup the files use). */
export interface Inline {
  text: string
  code?: boolean
  strong?: boolean
}

export interface ShippedCorrection {
  item: Inline[]
  now: Inline[]
  evidence: Inline[]
}

export interface ShippedCorrections {
  /** The file's name under prisma/data/. */
  file: string
  /** Its first heading. */
  title: string
  rows: ShippedCorrection[]
}

/** `code` spans and **strong** runs; everything else is text. */
export function parseInline(markdown: string): Inline[] {
  const out: Inline[] = []
  for (const part of markdown.split(/(`[^`]+`|\*\*[^*]+\*\*)/)) {
    if (!part) continue
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) out.push({ text: part.slice(1, -1), code: true })
    else if (part.startsWith('**') && part.endsWith('**') && part.length > 3) out.push({ text: part.slice(2, -2), strong: true })
    else out.push({ text: part })
  }
  return out
}

/** The rows of the first table whose header is `item | now | evidence`. */
export function parseCorrections(file: string, markdown: string): ShippedCorrections {
  const lines = markdown.split(/\r?\n/)
  const title = (lines.find((l) => l.startsWith('# ')) ?? file).replace(/^#\s+/, '')
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim())
  const header = lines.findIndex((l) => /^\|/.test(l.trim()) && cells(l).join('|').toLowerCase() === 'item|now|evidence')
  const rows: ShippedCorrection[] = []
  if (header >= 0) {
    for (const line of lines.slice(header + 2)) {
      if (!line.trim().startsWith('|')) break
      const [item = '', now = '', evidence = ''] = cells(line)
      rows.push({ item: parseInline(item), now: parseInline(now), evidence: parseInline(evidence) })
    }
  }
  return { file, title, rows }
}

/** Every CORRECTIONS-*.md under prisma/data/, newest file first. (The paths are written out in full so the build traces prisma/data/ alone.) */
export function loadShippedCorrections(): ShippedCorrections[] {
  return readdirSync(path.join(process.cwd(), 'prisma', 'data'))
    .filter((f) => /^CORRECTIONS-.*\.md$/.test(f))
    .sort()
    .reverse()
    .map((f) => parseCorrections(f, readFileSync(path.join(process.cwd(), 'prisma', 'data', f), 'utf8')))
}

import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { readCsvRecords, type CsvRecord } from '../csv-read'
import type { z } from 'zod'
import {
  acceptedColumns,
  applicationRow,
  attendanceRow,
  eventRow,
  forumRow,
  localizedNameRow,
  membershipRow,
  statusTermRow,
  partyRow,
  sourceRow,
  tradeRow,
  type ApplicationRow,
  type AttendanceRow,
  type EventRow,
  type ForumRow,
  type LocalizedNameRow,
  type StatusTermRow,
  type MembershipRow,
  type PartyRow,
  type SourceRow,
  type TradeRow,
} from './rows'

/**
 * Reads and validates the whole dataset under prisma/data/. Either every row is valid and every
 * reference resolves, or a DatasetError lists every problem as `file:line: field: message`.
 */

const DEFAULT_DATA_DIR = path.join(process.cwd(), 'prisma', 'data')

export interface Located {
  file: string
  line: number
}
export type At<T> = T & { at: Located }

export interface Dataset {
  sources: At<SourceRow>[]
  parties: At<PartyRow>[]
  forums: At<ForumRow>[]
  memberships: At<MembershipRow>[]
  applications: At<ApplicationRow>[]
  events: At<EventRow>[]
  attendance: At<AttendanceRow>[]
  trade: At<TradeRow>[]
  names: At<LocalizedNameRow>[]
  statusTerms: At<StatusTermRow>[]
}

export interface DatasetProblem extends Located {
  field?: string
  message: string
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem)
    const more = problems.length > 50 ? [`… and ${problems.length - 50} more`] : []
    super(`The dataset has ${problems.length} problem(s):\n${[...shown, ...more].join('\n')}`)
  }
}

function formatProblem(p: DatasetProblem): string {
  return `${p.file}:${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}`
}

const TABLES = {
  sources: { files: ['sources'], schema: sourceRow },
  parties: { files: ['parties.csv', 'parties-extra'], schema: partyRow },
  forums: { files: ['forums'], schema: forumRow },
  memberships: { files: ['memberships'], schema: membershipRow },
  applications: { files: ['applications'], schema: applicationRow },
  events: { files: ['events'], schema: eventRow },
  attendance: { files: ['attendance'], schema: attendanceRow },
  trade: { files: ['trade'], schema: tradeRow },
  names: { files: ['names'], schema: localizedNameRow },
  statusTerms: { files: ['glossary'], schema: statusTermRow },
} as const

export function loadDataset(dataDir = DEFAULT_DATA_DIR): Dataset {
  const problems: DatasetProblem[] = []
  const read = <S extends z.ZodObject>(entries: readonly string[], schema: S) => csvFiles(dataDir, entries).flatMap((file) => readRows(file, schema, problems))
  const dataset = Object.fromEntries(Object.entries(TABLES).map(([name, t]) => [name, read(t.files, t.schema)])) as unknown as Dataset
  problems.push(...checkReferences(dataset))
  if (problems.length) throw new DatasetError(problems)
  return dataset
}

function csvFiles(dataDir: string, entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const full = path.join(dataDir, entry)
    if (!existsSync(full)) return []
    if (entry.endsWith('.csv')) return [full]
    return readdirSync(full)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => path.join(full, f))
  })
}

/** Parses one CSV file with a strict header; returns the valid rows, records every problem. */
function readRows<S extends z.ZodObject>(file: string, schema: S, problems: DatasetProblem[]): At<z.output<S>>[] {
  const shown = path.relative(process.cwd(), file)
  const expected = Object.keys(schema.shape)
  let records: CsvRecord[]
  try {
    records = readCsvRecords(readFileSync(file))
  } catch (error) {
    const e = error as Error & { lines?: number }
    problems.push({ file: shown, line: e.lines ?? 1, message: `not valid CSV: ${e.message}` })
    return []
  }
  if (records.length === 0) {
    problems.push({ file: shown, line: 1, message: `empty file; expected the header ${expected.join(',')}` })
    return []
  }
  const header = records[0].record.map((h) => h.trim())
  const columns = acceptedColumns(expected, header)
  if (!columns) {
    problems.push({ file: shown, line: 1, message: `header must be exactly "${expected.join(',')}" but is "${header.join(',')}"` })
    return []
  }
  const rows: At<z.output<S>>[] = []
  for (const { record, info } of records.slice(1)) {
    const line = info.lines
    if (record.length !== columns.length) {
      problems.push({ file: shown, line, message: `has ${record.length} cells, expected ${columns.length} (${columns.join(',')})` })
      continue
    }
    const parsed = schema.safeParse(Object.fromEntries(expected.map((k, i) => [k, record[i] ?? ''])))
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: shown, line, field: issue.path.join('.') || undefined, message: issue.message })
      }
      continue
    }
    rows.push({ ...(parsed.data as z.output<S>), at: { file: shown, line } })
  }
  return rows
}

function checkReferences(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = []
  const problem = (at: Located, field: string, message: string) => problems.push({ ...at, field, message })
  const index = <T extends { at: Located }>(rows: T[], key: (r: T) => string, what: string) => {
    const map = new Map<string, T>()
    for (const row of rows) {
      const k = key(row)
      const first = map.get(k)
      if (first) problem(row.at, what, `duplicate ${what} "${k}" (first at ${first.at.file}:${first.at.line})`)
      else map.set(k, row)
    }
    return map
  }
  const sources = index(d.sources, (r) => r.id, 'id')
  const parties = index(d.parties, (r) => r.code, 'code')
  const forums = index(d.forums, (r) => r.code, 'code')
  const events = index(d.events, (r) => r.id, 'id')
  index(d.memberships, (r) => `${r.party_code}/${r.forum_code}/${r.valid_from}`, 'party_code,forum_code,valid_from')
  index(d.attendance, (r) => `${r.event_id}/${r.party_code}`, 'event_id,party_code')
  index(d.trade, (r) => `${r.reporter_code}/${r.partner_code}/${r.year}/${r.flow}/${r.source_id}`, 'reporter_code,partner_code,year,flow,source_id')

  const needSource = (at: Located, id: string | null, field = 'source_id') => {
    if (id !== null && !sources.has(id)) problem(at, field, `unknown source "${id}" (not in prisma/data/sources/)`)
  }
  const needParty = (at: Located, code: string, field: string) => {
    if (!parties.has(code)) problem(at, field, `unknown party "${code}" (not in parties.csv or parties-extra/)`)
  }
  const needForum = (at: Located, code: string | null, field: string) => {
    if (code !== null && !forums.has(code)) problem(at, field, `unknown forum "${code}" (not in forums/)`)
  }

  for (const f of d.forums) {
    needSource(f.at, f.source_id)
    needForum(f.at, f.predecessor_code, 'predecessor_code')
    if ((f.dissolved === null) !== (f.dissolved_precision === null)) problem(f.at, 'dissolved_precision', 'must be set exactly when dissolved is set')
    if (f.dissolved && f.dissolved < f.founded) problem(f.at, 'dissolved', `is before founded (${f.founded})`)
  }
  for (const m of d.memberships) {
    needSource(m.at, m.source_id)
    needParty(m.at, m.party_code, 'party_code')
    needForum(m.at, m.forum_code, 'forum_code')
    if ((m.valid_to === null) !== (m.to_precision === null)) problem(m.at, 'to_precision', 'must be set exactly when valid_to is set')
    if (m.valid_to && m.valid_to < m.valid_from) problem(m.at, 'valid_to', `is before valid_from (${m.valid_from})`)
    const forum = forums.get(m.forum_code)
    if (forum?.dissolved && m.valid_from > forum.dissolved) problem(m.at, 'valid_from', `is after ${forum.code} was dissolved (${forum.dissolved})`)
  }
  for (const m of d.memberships) {
    if (m.decided_at_event !== null && !events.has(m.decided_at_event))
      problem(m.at, 'decided_at_event', `unknown event "${m.decided_at_event}" (not in events/)`)
  }
  problems.push(...findOverlaps(d.memberships))
  index(d.applications, (r) => `${r.party_code}/${r.forum_code}/${r.sought_status}/${r.applied}`, 'party_code,forum_code,sought_status,applied')
  for (const a of d.applications) {
    needSource(a.at, a.source_id)
    needParty(a.at, a.party_code, 'party_code')
    needForum(a.at, a.forum_code, 'forum_code')
  }
  for (const e of d.events) {
    needSource(e.at, e.source_id)
    needForum(e.at, e.forum_code, 'forum_code')
    if (e.end_date && e.end_date < e.start_date) problem(e.at, 'end_date', `is before start_date (${e.start_date})`)
  }
  for (const a of d.attendance) {
    needSource(a.at, a.source_id)
    needParty(a.at, a.party_code, 'party_code')
    if (!events.has(a.event_id)) problem(a.at, 'event_id', `unknown event "${a.event_id}" (not in events/)`)
  }
  index(d.names, (r) => `${r.lang}/${r.kind}/${r.code}`, 'lang,kind,code')
  for (const n of d.names) {
    needSource(n.at, n.source_id)
    if (n.kind === 'forum') needForum(n.at, n.code, 'code')
    else needParty(n.at, n.code, 'code')
  }
  index(d.statusTerms, (r) => `${r.lang}/${r.status}/${r.forum_code ?? ''}/${r.term}`, 'lang,status,forum_code,term')
  for (const t of d.statusTerms) {
    needSource(t.at, t.source_id)
    needForum(t.at, t.forum_code, 'forum_code')
  }
  for (const t of d.trade) {
    needSource(t.at, t.source_id)
    needParty(t.at, t.reporter_code, 'reporter_code')
    needParty(t.at, t.partner_code, 'partner_code')
  }
  return problems
}

/** Intervals are inclusive; an open end (null) runs forever. */
function findOverlaps(memberships: At<MembershipRow>[]): DatasetProblem[] {
  const groups = new Map<string, At<MembershipRow>[]>()
  for (const m of memberships) {
    const key = `${m.party_code}/${m.forum_code}`
    groups.set(key, [...(groups.get(key) ?? []), m])
  }
  const problems: DatasetProblem[] = []
  for (const rows of groups.values()) {
    const sorted = [...rows].sort((a, b) => a.valid_from.localeCompare(b.valid_from))
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]
      const cur = sorted[i]
      if (prev.valid_to === null || prev.valid_to >= cur.valid_from) {
        problems.push({
          ...cur.at,
          field: 'valid_from',
          message: `${cur.party_code} in ${cur.forum_code} from ${cur.valid_from} overlaps the interval from ${prev.valid_from} to ${prev.valid_to ?? 'open'} at ${prev.at.file}:${prev.at.line}`,
        })
      }
    }
  }
  return problems
}

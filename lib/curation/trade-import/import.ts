import 'server-only'
import { readCsvRecordsYielding, type CsvRecord } from '../../csv-read'
import type { SqlClient } from '../../db/sql-client'
import { countryResolver } from './countries'
import { detectLayout, LAYOUTS, unitConverter, type LayoutId } from './layouts'

/**
 * Imports one trade file: detects its layout from the header, maps countries to party codes,
 * normalises values to US$, and writes everything in one transaction or nothing. Re-importing the
 * same file changes nothing. Problems that make the file untrustworthy (an unknown country name, a
 * malformed number, a row contradicting another) abort the import, naming file, line and field;
 * rows that are simply outside what we keep (a commodity breakdown, a partner that is not a party
 * of the dataset) are skipped or rejected and counted with their reason.
 */

export interface ImportProblem {
  line: number
  field: string
  message: string
}

/** The first year a trade figure may have (IMF DOTS starts in 1948). */
const FIRST_TRADE_YEAR = 1900

export class TradeImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {
    const shown = problems.slice(0, 30).map((p) => `${file}:${p.line}: ${p.field}: ${p.message}`)
    super(`${file}: nothing imported, ${problems.length} problem(s):\n${shown.join('\n')}${problems.length > 30 ? `\n… and ${problems.length - 30} more` : ''}`)
  }
}

export interface ImportSummary {
  file: string
  layout: LayoutId
  layoutLabel: string
  unit: 'usd' | 'millions'
  source: string
  linesRead: number
  figures: number
  inserted: number
  updated: number
  unchanged: number
  skipped: Record<string, number>
  rejected: Record<string, number>
}

export interface ImportOptions {
  /** Shown in messages. */
  file: string
  /** Source id for rows that do not name one (default: the layout's publisher). */
  source?: string
  /** Unit of the values (default: the layout's: IMF millions, Comtrade and ours US$). */
  unit?: 'usd' | 'millions'
  dryRun?: boolean
  /** Runs in the import's own transaction after its rows are written (an audit entry), so both commit or neither. */
  afterWrite?: (tx: SqlClient, counts: { figures: number; inserted: number; updated: number }) => Promise<void>
  onProgress?: (phase: 'reading' | 'writing', done: number, total: number) => void
}

export function decodeText(buffer: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    text = new TextDecoder('latin1').decode(buffer) // Comtrade Plus files are often ISO-8859-1
  }
  return text.replace(/^\uFEFF/, '')
}

export async function importTradeFile(db: SqlClient, content: Uint8Array, options: ImportOptions): Promise<ImportSummary> {
  const file = options.file
  const fail = (line: number, field: string, message: string): never => {
    throw new TradeImportError(file, [{ line, field, message }])
  }
  let records: CsvRecord[]
  try {
    records = await readCsvRecordsYielding(decodeText(content))
  } catch (error) {
    const e = error as Error & { lines?: number }
    return fail(e.lines ?? 1, 'file', `not valid CSV: ${e.message}`)
  }
  if (records.length === 0) return fail(1, 'header', 'the file is empty')
  const header = records[0].record.map((h) => h.trim())
  const layout = detectLayout(header)
  if (!layout) return fail(1, 'header', `not a known trade layout (expected one of: ${LAYOUTS.map((l) => l.label).join('; ')})`)
  const rows = records.slice(1).map((r) => ({ cells: r.record, line: r.info.lines }))
  const short = rows.find((r) => r.cells.length < header.length)
  if (short) fail(short.line, 'row', `has ${short.cells.length} cells, the header has ${header.length}`)
  const unit = options.unit ?? layout.defaultUnit
  const parsed = layout.read(rows, header, unitConverter(unit))
  options.onProgress?.('reading', rows.length, rows.length)

  const parties = await db.query<{ code: string; name: string; short_name: string }>('SELECT code, name, short_name FROM party')
  const resolver = countryResolver(parties.map((p) => ({ code: p.code, name: p.name, shortName: p.short_name })))
  const sources = new Set((await db.query<{ id: string }>('SELECT id FROM source')).map((s) => s.id))
  const problems: ImportProblem[] = []
  const skipped: Record<string, number> = {}
  const rejected: Record<string, number> = {}
  const count = (bag: Record<string, number>, reason: string) => (bag[reason] = (bag[reason] ?? 0) + 1)
  const figures = new Map<string, { line: number; row: Record<string, unknown> }>()
  const defaultSource = options.source ?? layout.defaultSource

  const lastYear = new Date().getUTCFullYear()
  for (const p of parsed) {
    if (p.kind === 'error') {
      problems.push(p)
      continue
    }
    if (p.kind === 'skip') {
      count(skipped, p.reason)
      continue
    }
    if (p.year < FIRST_TRADE_YEAR || p.year > lastYear) {
      problems.push({ line: p.line, field: 'year', message: `${p.year} is out of range: trade years run from ${FIRST_TRADE_YEAR} to ${lastYear}` })
      continue
    }
    const side = (ref: typeof p.reporter, field: string) => {
      const r = resolver.resolve(ref)
      if (!r)
        problems.push({
          line: p.line,
          field,
          message: `unknown country "${ref.name ?? ref.iso3 ?? ref.code}"${ref.code ? ` (code ${ref.code})` : ''}: add its name to lib/curation/trade-import/countries.ts or give its ISO 3166 alpha-3 code`,
        })
      return r
    }
    const reporter = side(p.reporter, 'reporter')
    const partner = side(p.partner, 'partner')
    if (!reporter || !partner) continue
    if (!reporter.known) {
      count(rejected, `reporter ${reporter.code} is not a party of the dataset`)
      continue
    }
    if (!partner.known) {
      count(rejected, `partner ${partner.code} is not a party of the dataset`)
      continue
    }
    const sourceId = p.sourceId ?? defaultSource
    if (!sourceId) {
      problems.push({ line: p.line, field: 'source', message: 'no source: name one with --source <id>' })
      continue
    }
    if (!sources.has(sourceId)) {
      problems.push({ line: p.line, field: 'source', message: `unknown source "${sourceId}" (add it to prisma/data/sources/ and seed, or pass --source)` })
      continue
    }
    const key = `${reporter.code}|${partner.code}|${p.year}|${p.flow}|${sourceId}`
    const row = {
      reporter_code: reporter.code,
      partner_code: partner.code,
      year: p.year,
      flow: p.flow,
      value_usd: p.valueUsd,
      estimated: p.estimated,
      note: p.note ?? null,
      source_id: sourceId,
    }
    const seen = figures.get(key)
    if (seen && seen.row.value_usd !== row.value_usd) {
      problems.push({
        line: p.line,
        field: 'value',
        message: `${reporter.code}→${partner.code} ${p.year} ${p.flow} is ${row.value_usd} here but ${seen.row.value_usd} at line ${seen.line}`,
      })
      continue
    }
    figures.set(key, { line: p.line, row })
  }
  if (problems.length) throw new TradeImportError(file, problems)

  const all = [...figures.values()].map((f) => f.row)
  let inserted = 0
  let updated = 0
  const write = async (tx: SqlClient) => {
    for (let i = 0; i < all.length; i += 2000) {
      const chunk = all.slice(i, i + 2000)
      const result = await tx.query<{ inserted: boolean }>(
        `INSERT INTO trade_flow (reporter_code, partner_code, year, flow, value_usd, estimated, note, source_id)
         SELECT x.reporter_code, x.partner_code, x.year, x.flow::trade_flow_kind, x.value_usd, x.estimated, x.note, x.source_id
         FROM jsonb_to_recordset($1::jsonb) AS x(reporter_code text, partner_code text, year int, flow text, value_usd numeric, estimated boolean, note text, source_id text)
         ON CONFLICT (reporter_code, partner_code, year, flow, source_id) DO UPDATE
           SET value_usd = EXCLUDED.value_usd, estimated = EXCLUDED.estimated, note = coalesce(EXCLUDED.note, trade_flow.note)
           WHERE trade_flow.value_usd IS DISTINCT FROM EXCLUDED.value_usd OR trade_flow.estimated IS DISTINCT FROM EXCLUDED.estimated
         RETURNING (xmax = 0) AS inserted`,
        [JSON.stringify(chunk)],
      )
      for (const r of result) {
        if (r.inserted) inserted++
        else updated++
      }
      options.onProgress?.('writing', Math.min(i + 2000, all.length), all.length)
    }
    await options.afterWrite?.(tx, { figures: all.length, inserted, updated })
  }
  // A dry run only reads: it compares the file with the stored figures and writes nothing, so it
  // takes no lock that a curator's edit would wait for (a write bumps the data version's one row).
  const preview = async () => {
    for (let i = 0; i < all.length; i += 2000) {
      const chunk = all.slice(i, i + 2000)
      const [counts] = await db.query<{ inserted: number; updated: number }>(
        `SELECT count(*) FILTER (WHERE t.id IS NULL)::int AS inserted,
                count(*) FILTER (WHERE t.id IS NOT NULL AND (t.value_usd IS DISTINCT FROM x.value_usd OR t.estimated IS DISTINCT FROM x.estimated))::int AS updated
           FROM jsonb_to_recordset($1::jsonb) AS x(reporter_code text, partner_code text, year int, flow text, value_usd numeric, estimated boolean, note text, source_id text)
           LEFT JOIN trade_flow t ON t.reporter_code = x.reporter_code AND t.partner_code = x.partner_code AND t.year = x.year
                                 AND t.flow = x.flow::trade_flow_kind AND t.source_id = x.source_id`,
        [JSON.stringify(chunk)],
      )
      inserted += counts.inserted
      updated += counts.updated
      options.onProgress?.('writing', Math.min(i + 2000, all.length), all.length)
    }
  }
  if (options.dryRun) await preview()
  else await db.transaction(write)
  return {
    file,
    layout: layout.id,
    layoutLabel: layout.label,
    unit,
    source: defaultSource,
    linesRead: rows.length,
    figures: all.length,
    inserted,
    updated,
    unchanged: all.length - inserted - updated,
    skipped,
    rejected,
  }
}

/** Thrown inside the transaction to roll a dry run back after counting. */

export function formatSummary(s: ImportSummary, dryRun = false): string {
  const lines = [
    `${s.file}: ${s.layoutLabel}, values in ${s.unit === 'millions' ? 'US$ millions' : 'US$'}, source ${s.source || '(per row)'}${dryRun ? ' — DRY RUN, nothing written' : ''}`,
    `  lines read   ${s.linesRead}`,
    `  figures      ${s.figures}`,
    `  inserted     ${s.inserted}`,
    `  updated      ${s.updated}`,
    `  unchanged    ${s.unchanged}`,
    `  skipped      ${Object.values(s.skipped).reduce((a, b) => a + b, 0)}`,
    ...Object.entries(s.skipped).map(([r, n]) => `    ${n} × ${r}`),
    `  rejected     ${Object.values(s.rejected).reduce((a, b) => a + b, 0)}`,
    ...Object.entries(s.rejected).map(([r, n]) => `    ${n} × ${r}`),
  ]
  return lines.join('\n')
}

// Builds prisma/data/trade/imf-dots.csv from a long extract of the IMF Direction of Trade
// Statistics (columns reporter, reporter_iso3, partner, partner_iso3, year, flow = exports_fob |
// imports_cif, value_usd_millions, estimated_flag = 'e' for IMF estimates): every row reported by,
// or about, one of the focus countries (Central Asia, the South Caucasus, Afghanistan), converted
// from US$ millions to US$. The extract the shipped file came from covers 26 reporters, 1960–2020
// (IMF DOTS per-reporter exports, as collected in the public repository
// github.com/SamLeBlanc/Direction-of-Trade-Map, data/DOTS/); the IMF's own data portal
// (data.imf.org) publishes the same statistics, now as IMTS (see docs/trade-imts.md).
// Usage: npm run data:trade-dots -- <path to the extract CSV>
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { toCsv } from '../lib/downloads/csv'
import { millionsToUnits } from '../lib/trade/units'

const FOCUS = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'ARM', 'AZE', 'GEO', 'AFG'])
const CODE_MAP: Record<string, string> = { EUU: 'EU' }
const FLOW_MAP: Record<string, string> = { exports_fob: 'export', imports_cif: 'import' }

const input = process.argv[2]
if (!input) {
  console.error('usage: npm run data:trade-dots -- <path to the IMF DOTS extract CSV> (see the comment at the top of scripts/build-trade-dots.ts)')
  process.exit(2)
}
const output = path.join(process.cwd(), 'prisma', 'data', 'trade', 'imf-dots.csv')

const rows = parse(readFileSync(input), { columns: true, bom: true }) as Record<string, string>[]
const out: (string | number)[][] = []
rows.forEach((r, i) => {
  const where = `${input}:${i + 2}`
  const reporter = CODE_MAP[r.reporter_iso3] ?? r.reporter_iso3
  const partner = CODE_MAP[r.partner_iso3] ?? r.partner_iso3
  if (!FOCUS.has(reporter) && !FOCUS.has(partner)) return
  const flow = FLOW_MAP[r.flow]
  if (!flow) throw new Error(`${where}: flow: unknown "${r.flow}"`)
  if (!/^\d{4}$/.test(r.year)) throw new Error(`${where}: year: "${r.year}"`)
  const estimated = r.estimated_flag === 'e'
  out.push([reporter, partner, r.year, flow, millionsToUnits(r.value_usd_millions), estimated ? 'true' : 'false', '', 'imf-dots'])
})
out.sort((a, b) => String(a.slice(0, 4)).localeCompare(String(b.slice(0, 4))))
const header = ['reporter_code', 'partner_code', 'year', 'flow', 'value_usd', 'estimated', 'note', 'source_id']
writeFileSync(output, toCsv(header, out))
console.log(`wrote ${out.length} rows to ${path.relative(process.cwd(), output)}`)

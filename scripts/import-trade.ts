// npm run import:trade -- <file> [--source <id>] [--unit usd|millions] [--dry-run]
// Imports a trade file (IMF DOTS/IMTS timeSeries or panel, UN Comtrade legacy or Plus, the IMF
// extract, or our own layout) into the configured database, in one transaction.
import { readFileSync } from 'node:fs'
import { openDatabase } from '../lib/db/open'
import { formatSummary, importTradeFile, TradeImportError } from '../lib/curation/trade-import/import'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  if (i === -1) return undefined
  const value = args[i + 1]
  args.splice(i, 2)
  return value
}
const dryRun = args.includes('--dry-run')
if (dryRun) args.splice(args.indexOf('--dry-run'), 1)
const source = option('--source')
const unit = option('--unit')
const file = args[0]
if (!file || args.length > 1 || (unit && unit !== 'usd' && unit !== 'millions')) {
  console.error('usage: npm run import:trade -- <file> [--source <id>] [--unit usd|millions] [--dry-run]')
  process.exit(2)
}

function progress(phase: string, done: number, total: number) {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  const line = `${phase.padEnd(8)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${total ? Math.round((done / total) * 100) : 100}% ${done}/${total}`
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`)
  else if (done >= total || done % 10000 < 2000) process.stderr.write(`${line}\n`)
}

let content: Buffer
try {
  content = readFileSync(file)
} catch (error) {
  console.error(`import:trade: cannot read ${file}: ${(error as Error).message}`)
  process.exit(1)
}
const db = await openDatabase({ migrate: true, log: () => {} })
try {
  const summary = await importTradeFile(db.sql, content, { file, source, unit: unit as 'usd' | 'millions' | undefined, dryRun, onProgress: progress })
  console.log(formatSummary(summary, dryRun))
} catch (error) {
  console.error(error instanceof TradeImportError ? error.message : `import:trade: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await db.close()
}

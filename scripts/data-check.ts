// npm run data:check — validates prisma/data/ without touching a database; lists every problem
// as file:line: field: message, then checks the data is its newest release (lib/release/state.ts).
import { countsOf, formatCounts } from '../lib/db/seed'
import { DatasetError, loadDataset } from '../lib/dataset/load'
import { readReleases, releaseProblems } from '../lib/release/state'

try {
  const data = loadDataset()
  const problems = releaseProblems(data, process.cwd())
  if (problems.length) {
    console.error(problems.join('\n'))
    process.exitCode = 1
  } else console.log(`prisma/data is valid and is release ${readReleases(process.cwd()).releases.at(-1)?.version}: ${formatCounts(countsOf(data))}`)
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error)
  process.exitCode = 1
}

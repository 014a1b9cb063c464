// npm run data:check — validates prisma/data/ without touching a database; lists every problem
// as file:line: field: message.
import { countsOf, formatCounts } from '../lib/db/seed'
import { DatasetError, loadDataset } from '../lib/dataset/load'

try {
  const data = loadDataset()
  console.log(`prisma/data is valid: ${formatCounts(countsOf(data))}`)
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error)
  process.exitCode = 1
}

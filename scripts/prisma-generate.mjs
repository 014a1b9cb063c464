// Runs `prisma generate` offline. The CLI downloads its native schema engine before `generate`
// even though generate never runs it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// skips that download (this machine has no internet but the npm registry). The generated client
// itself needs no binary.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const env = { ...process.env }
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath
env.PRISMA_HIDE_UPDATE_MESSAGE = '1'
const cli = require.resolve('prisma/build/index.js')
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env })
process.exit(result.status ?? 1)

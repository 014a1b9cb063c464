// `npm start` runs this first: builds the app when there is no build yet, or when the sources
// changed since the last one, so `npm ci && npm start` works on a fresh clone.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { buildServer, SERVER_BUNDLE } from './build-server.mjs'
import { markFirstLoadChunks } from './compile-hints.mjs'

const ROOTS = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'prisma/schema.prisma',
  'prisma/data/releases.json',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
  'instrumentation.ts',
  'proxy.ts',
  'i18n',
  'messages',
  'server.ts',
  'scripts/build-server.mjs',
  'scripts/compile-hints.mjs',
]
const stampFile = path.join('.next', 'forum-atlas-source-hash')

function files(entry) {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)))
}

const hash = createHash('sha256')
for (const file of ROOTS.flatMap(files)) hash.update(file).update(readFileSync(file))
const digest = hash.digest('hex')

const upToDate = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(SERVER_BUNDLE) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest
if (upToDate) process.exit(0)

console.log('[forum-atlas] building the app (first start, or the sources changed)…')
const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' })
if (result.status !== 0) process.exit(result.status ?? 1)
markFirstLoadChunks()
await buildServer()
writeFileSync(stampFile, digest)

import 'server-only'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Files uploaded for import wait here between their preview and their commit (an hour at most),
 * named by a random id, so the commit applies exactly the file that was previewed.
 */

const TTL_MS = 60 * 60 * 1000
// On globalThis: Next bundles the upload route and the import page separately, each with its own
// copy of this module, and both must find the same folder.
const holder = globalThis as unknown as Record<symbol, string | undefined>
const KEY = Symbol.for('forum-atlas.upload-dir')

/**
 * This server's own folder, readable by its user only: UPLOAD_DIR, or a new private folder in the
 * system's temporary directory (a fixed shared path let every process on the machine read, or plant,
 * another instance's uploads).
 */
function uploadDir(): string {
  const known = holder[KEY]
  if (known) return known
  let dir: string
  if (process.env.UPLOAD_DIR) {
    mkdirSync(process.env.UPLOAD_DIR, { recursive: true, mode: 0o700 })
    chmodSync(process.env.UPLOAD_DIR, 0o700)
    dir = process.env.UPLOAD_DIR
  } else dir = mkdtempSync(path.join(tmpdir(), 'forum-atlas-uploads-'))
  holder[KEY] = dir
  return dir
}

export function saveUpload(content: Uint8Array, meta: { name: string; kind: string; curatorId: number }): string {
  const DIR = uploadDir()
  for (const f of readdirSync(DIR)) if (Date.now() - statSync(path.join(DIR, f)).mtimeMs > TTL_MS) rmSync(path.join(DIR, f), { force: true })
  const id = randomBytes(16).toString('hex')
  writeFileSync(path.join(DIR, `${id}.bin`), content, { mode: 0o600 })
  writeFileSync(path.join(DIR, `${id}.json`), JSON.stringify(meta), { mode: 0o600 })
  return id
}

export function readUpload(id: string, curatorId: number): { content: Buffer; name: string; kind: string; path: string } | null {
  if (!/^[0-9a-f]{32}$/.test(id)) return null
  const DIR = uploadDir()
  try {
    const meta = JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as { name: string; kind: string; curatorId: number }
    if (meta.curatorId !== curatorId) return null
    return { content: readFileSync(path.join(DIR, `${id}.bin`)), name: meta.name, kind: meta.kind, path: path.join(DIR, `${id}.bin`) }
  } catch {
    return null
  }
}

export function dropUpload(id: string) {
  const DIR = uploadDir()
  rmSync(path.join(DIR, `${id}.bin`), { force: true })
  rmSync(path.join(DIR, `${id}.json`), { force: true })
}

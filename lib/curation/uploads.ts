import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Files uploaded for import wait here between their preview and their commit (an hour at most),
 * named by a random id, so the commit applies exactly the file that was previewed.
 */

const DIR = path.join(tmpdir(), 'forum-atlas-uploads')
const TTL_MS = 60 * 60 * 1000

export function saveUpload(content: Uint8Array, meta: { name: string; kind: string; curatorId: number }): string {
  mkdirSync(DIR, { recursive: true })
  for (const f of readdirSync(DIR)) if (Date.now() - statSync(path.join(DIR, f)).mtimeMs > TTL_MS) rmSync(path.join(DIR, f), { force: true })
  const id = randomBytes(16).toString('hex')
  writeFileSync(path.join(DIR, `${id}.bin`), content)
  writeFileSync(path.join(DIR, `${id}.json`), JSON.stringify(meta))
  return id
}

export function readUpload(id: string, curatorId: number): { content: Buffer; name: string; kind: string } | null {
  if (!/^[0-9a-f]{32}$/.test(id)) return null
  try {
    const meta = JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as { name: string; kind: string; curatorId: number }
    if (meta.curatorId !== curatorId) return null
    return { content: readFileSync(path.join(DIR, `${id}.bin`)), name: meta.name, kind: meta.kind }
  } catch {
    return null
  }
}

export function dropUpload(id: string) {
  rmSync(path.join(DIR, `${id}.bin`), { force: true })
  rmSync(path.join(DIR, `${id}.json`), { force: true })
}

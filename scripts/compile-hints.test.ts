import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { COMPILE_HINT, firstLoadChunks, markFirstLoadChunks } from './compile-hints.mjs'

/** A `.next` directory with Next's two manifests as `next build` writes them, and four chunks. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fa-hints-'))
  mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true })
  mkdirSync(path.join(dir, 'server', 'app', 'matrix'), { recursive: true })
  writeFileSync(
    path.join(dir, 'build-manifest.json'),
    JSON.stringify({ rootMainFiles: ['static/chunks/framework.js'], polyfillFiles: ['static/chunks/polyfills.js'] }),
  )
  const manifest = {
    entryJSFiles: { '[project]/app/layout': ['static/chunks/layout.js'], '[project]/app/matrix/page': ['static/chunks/layout.js', 'static/chunks/style.css'] },
  }
  writeFileSync(
    path.join(dir, 'server', 'app', 'matrix', 'page_client-reference-manifest.js'),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/matrix/page"] = ${JSON.stringify(manifest)};\n`,
  )
  for (const name of ['framework.js', 'layout.js', 'chart.js', 'polyfills.js'])
    writeFileSync(path.join(dir, 'static', 'chunks', name), `console.log(${JSON.stringify(name)})\n`)
  return dir
}

const chunk = (dir: string, name: string) => readFileSync(path.join(dir, 'static', 'chunks', name), 'utf8')

describe('compile hints on first-load scripts', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('lists Next’s first files and every route’s entry scripts, not stylesheets', () => {
    dir = fakeBuild()
    expect(firstLoadChunks(dir)).toEqual(['static/chunks/framework.js', 'static/chunks/layout.js'])
  })

  it('marks those, leaves the chunks loaded later and the polyfills alone, and marks once', () => {
    dir = fakeBuild()
    expect(markFirstLoadChunks(dir)).toEqual(['static/chunks/framework.js', 'static/chunks/layout.js'])
    expect(chunk(dir, 'framework.js')).toBe(`${COMPILE_HINT}console.log("framework.js")\n`)
    expect(chunk(dir, 'layout.js').startsWith(COMPILE_HINT)).toBe(true)
    expect(chunk(dir, 'chart.js')).toBe('console.log("chart.js")\n')
    expect(chunk(dir, 'polyfills.js')).toBe('console.log("polyfills.js")\n')
    expect(markFirstLoadChunks(dir)).toEqual([])
    expect(chunk(dir, 'framework.js')).toBe(`${COMPILE_HINT}console.log("framework.js")\n`)
  })

  it('names a chunk the manifests list but the build lacks', () => {
    dir = fakeBuild()
    rmSync(path.join(dir, 'static', 'chunks', 'layout.js'))
    expect(() => markFirstLoadChunks(dir)).toThrow(/static\/chunks\/layout\.js is in Next's manifests but not in/)
  })
})

// Marks the scripts every page loads first with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
// (https://v8.dev/blog/explicit-compile-hints, Chromium 136 and later; other engines read a comment).
//
// Why: a page's first scripts (React, Next's router, the layout's and the page's own client code)
// call most of their functions while they boot and hydrate. V8 compiles a function lazily, on the
// main thread, when it is first called: on a phone at Lighthouse's 4 × CPU that was 150–200 ms of
// the one long task of every page (V8.ParseFunction and V8.CompileCode in the trace; docs/performance.md).
// With the hint V8 compiles those files' functions while it streams them, on a background thread,
// before they run. Chunks loaded later (a chart's code, when it comes into view) are left lazy: most
// of their functions are never called on load.
//
// Run by scripts/ensure-build.mjs and `npm run build` after `next build`; marking twice changes nothing.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** The scripts some page's HTML loads: Next's own first files, and each route's entry chunks. */
export function firstLoadChunks(nextDir = '.next') {
  const files = new Set(JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')).rootMainFiles)
  for (const manifest of clientReferenceManifests(path.join(nextDir, 'server', 'app'))) {
    // Each manifest is a script that assigns `globalThis.__RSC_MANIFEST[route]`.
    const context = { globalThis: {} }
    vm.runInNewContext(readFileSync(manifest, 'utf8'), context, { filename: manifest })
    for (const route of Object.values(context.globalThis.__RSC_MANIFEST ?? {})) {
      for (const chunks of Object.values(route.entryJSFiles ?? {})) for (const chunk of chunks) files.add(chunk)
    }
  }
  return [...files].filter((file) => file.endsWith('.js')).sort()
}

function clientReferenceManifests(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const entry = path.join(dir, name)
      if (statSync(entry).isDirectory()) return clientReferenceManifests(entry)
      return name.endsWith('_client-reference-manifest.js') ? [entry] : []
    })
}

/** Prepends the hint to every first-load chunk that lacks it; returns the files it marked. */
export function markFirstLoadChunks(nextDir = '.next') {
  const marked = []
  for (const file of firstLoadChunks(nextDir)) {
    const full = path.join(nextDir, file)
    if (!existsSync(full)) throw new Error(`compile hints: ${file} is in Next's manifests but not in ${nextDir}`)
    const text = readFileSync(full, 'utf8')
    if (text.startsWith(COMPILE_HINT)) continue
    writeFileSync(full, COMPILE_HINT + text)
    marked.push(file)
  }
  return marked
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const marked = markFirstLoadChunks(process.argv[2] ?? '.next')
  console.log(`[forum-atlas] compile hints: ${marked.length} first-load script(s) marked`)
}

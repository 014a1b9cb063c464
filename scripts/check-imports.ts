/**
 * `npm run lint` (after ESLint): the architecture as a check over the whole import graph, type-only
 * and dynamic imports included (ESLint's import-x/no-cycle sees only value imports):
 *   1. no import cycles among app/, components/ and lib/;
 *   2. lib/ never imports app/;
 *   3. only the data layer (lib/queries, lib/curation) and lib/db itself import lib/db.
 * Exits 1 naming each violation (file and import).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export type SourceFiles = Map<string, string>

const DIRS = ['app', 'components', 'lib']
const EXTENSIONS = ['.ts', '.tsx']
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm

export function readSources(root: string): SourceFiles {
  const files: SourceFiles = new Map()
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = path.posix.join(dir, name)
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel)
      else if (EXTENSIONS.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
        files.set(rel, readFileSync(path.join(root, rel), 'utf8'))
    }
  }
  for (const dir of DIRS) if (existsSync(path.join(root, dir))) walk(dir)
  return files
}

/** The file an import names, if it is one of `files` (`@/x` is the repository root, as in tsconfig). */
function resolve(files: SourceFiles, from: string, spec: string): string | null {
  let base: string
  if (spec.startsWith('@/')) base = spec.slice(2)
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
  else return null
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)]) if (files.has(candidate)) return candidate
  return null
}

export function importGraph(files: SourceFiles): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const [file, text] of files) {
    const targets = new Set<string>()
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(files, file, m[1] ?? m[2] ?? m[3])
      if (target) targets.add(target)
    }
    graph.set(file, [...targets])
  }
  return graph
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const order = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    order.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!))
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!order.has(v)) visit(v)
  return found
}

const DATA_LAYER = /^lib\/(db|queries|curation)\//

export function violations(files: SourceFiles): string[] {
  const graph = importGraph(files)
  const out: string[] = []
  for (const component of cycles(graph)) out.push(`import cycle: ${component.join(' → ')}`)
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (file.startsWith('lib/') && target.startsWith('app/')) out.push(`${file}: imports ${target} (lib/ never imports app/)`)
      if (target.startsWith('lib/db/') && !DATA_LAYER.test(file)) out.push(`${file}: imports ${target} (only lib/queries and lib/curation reach lib/db)`)
    }
  }
  return out
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) {
  const found = violations(readSources(process.cwd()))
  if (found.length) {
    console.error(`architecture: ${found.length} violation(s)\n${found.map((v) => `  ${v}`).join('\n')}`)
    process.exit(1)
  }
  console.log('architecture: no import cycles; lib/ does not import app/; only lib/queries and lib/curation import lib/db')
}

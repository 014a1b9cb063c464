import { gzipSync } from 'node:zlib'

/**
 * First-load JavaScript of a page: the scripts its HTML loads, gzipped. Read from the HTML, not
 * from a browser's network log, which also counts the chunks Next prefetches for the links on the
 * page and the chunks loaded later on demand (a chart's code when it comes into view); the inline
 * scripts carry the page's data, which the HTML size already shows. `nomodule` scripts (polyfills)
 * are skipped by every browser that runs modules. Shared by `npm run bench` and
 * scripts/first-load-js.ts.
 */

/**
 * The pages the bench measures, with codes of the bench world (which the shipped dataset lacks).
 * The trade page names its marker forum: its default markers (SCO, EAEU, …) are not in the bench
 * world, and without it the page answered 500 and its error page was measured.
 */
export const FIRST_LOAD_PAGES = [
  '/',
  '/matrix?forums=F001,F002',
  '/map?forum=F001',
  '/overlaps?forums=F001,F002,F003',
  '/alignment?parties=P001,P002,P003',
  '/trade?reporters=P001&partners=P002&markers=F001',
  '/events',
  '/changes',
  '/forums/F001',
  '/parties/P001',
  '/api',
]

export interface FirstLoad {
  path: string
  /** Gzipped bytes of every script, summed. */
  gzip: number
  scripts: { src: string; gzip: number }[]
}

/** The scripts a page's HTML loads (not the `nomodule` ones), each once, in order. */
export function scriptSources(html: string): string[] {
  return [...new Set([...html.matchAll(/<script(?![^>]*nomodule)[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1].replace(/&amp;/g, '&')))]
}

export async function firstLoadJs(baseUrl: string, path: string, sizes = new Map<string, number>()): Promise<FirstLoad> {
  const res = await fetch(`${baseUrl}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  const scripts: FirstLoad['scripts'] = []
  for (const src of scriptSources(await res.text())) {
    let gzip = sizes.get(src)
    if (gzip === undefined) {
      const js = await fetch(new URL(src, baseUrl))
      if (!js.ok) throw new Error(`${src} answered ${js.status}`)
      gzip = gzipSync(Buffer.from(await js.arrayBuffer())).length
      sizes.set(src, gzip)
    }
    scripts.push({ src, gzip })
  }
  return { path, gzip: scripts.reduce((s, x) => s + x.gzip, 0), scripts }
}

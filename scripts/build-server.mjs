// Compiles server.ts (and the lib/http modules it imports) into one ES module that plain Node runs:
// `npm start` must not carry a TypeScript loader (tsx keeps every module Next loads through its
// hooks: about 100 MB more resident memory). Packages stay imports; only our own code is bundled.
// Run by scripts/ensure-build.mjs after `next build`, and by `npm run build`.
import { build } from 'esbuild'

export const SERVER_BUNDLE = '.next/forum-atlas/server.mjs'

export async function buildServer() {
  await build({
    entryPoints: ['server.ts'],
    outfile: SERVER_BUNDLE,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    logLevel: 'warning',
  })
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer()

import 'server-only'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'

/**
 * SVG to PNG on the server, with resvg (a Rust SVG renderer, @resvg/resvg-js: a native addon, no
 * browser, no canvas). Text is set in Geist, the font Next ships with next/og: it comes from the
 * installed `next` package, so nothing is fetched at run time and every server draws the same
 * glyphs (no system fonts are loaded).
 */

const FONT = 'next/dist/compiled/@vercel/og/Geist-Regular.ttf'
let fontFile: string | undefined

export function svgToPng(svg: string): Uint8Array {
  // Resolved from the app's directory: the bundled route's own location says nothing about node_modules.
  fontFile ??= createRequire(path.join(process.cwd(), 'package.json')).resolve(FONT)
  const resvg = new Resvg(svg, {
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: 'Geist', sansSerifFamily: 'Geist' },
    background: '#ffffff',
  })
  return new Uint8Array(resvg.render().asPng())
}

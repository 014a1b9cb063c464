import type { ChartImageMeta } from './meta'

/**
 * The preview image of a view (Open Graph / Twitter card, 1200 × 630), as SVG, composed on the
 * server as the chart download composes its image in the browser (components/charts/chart-export.ts):
 * white ground, the title, the date or range, the chart, the source line and "Data and full source
 * list: <the view's address>". The chart is a drawing of the same figures the view's chart draws
 * (lib/chart-image/preview-drawings.ts); a view without a chart gets its summary lines instead.
 * Pure string building: the route (app/og) rasterizes it with resvg.
 */

export const PREVIEW_WIDTH = 1200
export const PREVIEW_HEIGHT = 630
const PAD = 48
export const INK = '#1c2430'
export const MUTED = '#5b6573'
export const LINE = '#d9dee5'
export const ACCENT = '#0b5cad'

/** A drawing in its own coordinates: `svg` is the inner markup of a `<svg viewBox="0 0 width height">`. */
export interface Drawing {
  svg: string
  width: number
  height: number
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Lines of at most `width` px at `size` px, by an average glyph width (the font is known: Geist, about 0.53 em). */
export function wrapText(text: string, size: number, width: number, maxLines = Infinity): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * 0.53)))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > perLine ? (word.match(new RegExp(`.{1,${perLine}}`, 'g')) ?? [word]) : [word]
    for (const piece of pieces) {
      const next = line ? `${line} ${piece}` : piece
      if (line && next.length > perLine) {
        lines.push(line)
        line = piece
      } else line = next
    }
  }
  if (line) lines.push(line)
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/\s*\S*$/, '')} …`
    return kept
  }
  return lines
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, fill: string, weight = 400, role = ''): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join('')
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${role ? ` data-role="${role}"` : ''}>${spans}</text>`
}

export function composePreviewSvg({
  meta,
  fullList,
  dataset,
  drawing,
  summary = [],
}: {
  meta: ChartImageMeta
  /** lib/chart-image/source-line.ts `fullListLine(…)`: "Data and full source list: <the view's address>". */
  fullList: string
  /** lib/chart-image/source-line.ts `datasetLine(…)`: version, licence, the day it was drawn. */
  dataset: string
  drawing: Drawing | null
  summary?: string[]
}): string {
  const textW = PREVIEW_WIDTH - 2 * PAD
  const titleLines = wrapText(meta.title, 40, textW, 2)
  let y = PAD + 36
  const parts: string[] = [textBlock(titleLines, PAD, y, 40, 48, INK, 700, 'title')]
  y += (titleLines.length - 1) * 48 + 40
  parts.push(textBlock([meta.period], PAD, y, 26, 30, MUTED, 400, 'period'))
  y += 24
  const sourceLines = [...wrapText(meta.source, 20, textW, 1), ...wrapText(`${dataset} · ${fullList}`, 18, textW, 2)]
  const footTop = PREVIEW_HEIGHT - PAD - (sourceLines.length - 1) * 24 + 4
  // The chart fills the room between the period and the source line, keeping its proportions.
  const box = { x: PAD, y, width: textW, height: footTop - 30 - y }
  if (drawing) {
    const k = Math.min(box.width / drawing.width, box.height / drawing.height)
    const w = drawing.width * k
    const h = drawing.height * k
    parts.push(
      `<svg x="${box.x + (box.width - w) / 2}" y="${box.y + (box.height - h) / 2}" width="${w}" height="${h}" viewBox="0 0 ${drawing.width} ${drawing.height}" overflow="hidden">${drawing.svg}</svg>`,
    )
  } else {
    const lines = summary.flatMap((s) => wrapText(s, 34, textW, 2))
    parts.push(`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12" fill="#f3f6fa"/>`)
    parts.push(textBlock(lines, box.x + 32, box.y + Math.max(60, box.height / 2 - ((lines.length - 1) * 46) / 2 + 12), 34, 46, INK, 400, 'summary'))
  }
  parts.push(textBlock(sourceLines, PAD, footTop, 18, 24, MUTED, 400, 'source'))
  parts.push(`<text x="${PREVIEW_WIDTH - PAD}" y="${PAD - 12}" font-size="18" fill="${ACCENT}" text-anchor="end">forum-atlas</text>`)
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="Geist, sans-serif">`,
    `<title>${escapeXml(`${meta.title} — ${meta.period}`)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join('\n')
}

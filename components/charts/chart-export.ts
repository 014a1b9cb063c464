/**
 * Browser-only: turns a chart as drawn on the page into a standalone SVG (styles inlined, title,
 * date/range and source written into it, white background) and a PNG rendered from that SVG at 2×
 * with its title and source in PNG text chunks. Loaded on demand by ChartDownloads.
 */

import { chartFilename } from '@/lib/chart-image/filename'
import { withTextChunks } from '@/lib/chart-image/png-text'
import type { ChartImageMeta } from '@/lib/chart-image/meta'
import { DATA_LICENCE } from '@/lib/licences'
import { DATASET_VERSION } from '@/lib/release/manifest'

const SVG_NS = 'http://www.w3.org/2000/svg'
const PAD = 20
const MIN_WIDTH = 520
const INK = '#1c2430'
const MUTED = '#5b6573'
const PNG_SCALE = 2

/** Presentation properties copied from the computed style; `true` = inherited (copied only where it differs from the parent). */
const PROPS: Record<string, boolean> = {
  fill: true,
  'fill-opacity': true,
  'fill-rule': true,
  stroke: true,
  'stroke-width': true,
  'stroke-opacity': true,
  'stroke-dasharray': true,
  'stroke-dashoffset': true,
  'stroke-linecap': true,
  'stroke-linejoin': true,
  'stroke-miterlimit': true,
  'paint-order': true,
  'font-family': true,
  'font-size': true,
  'font-weight': true,
  'font-style': true,
  'text-anchor': true,
  'dominant-baseline': false,
  'letter-spacing': true,
  visibility: true,
  opacity: false,
  'text-decoration-line': false,
}
const NON_INHERITED_DEFAULTS: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto', 'text-decoration-line': 'none' }

/** Elements of a live chart that are states of the pointer, not the chart. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper'

function mainSvg(root: Element): SVGSVGElement | null {
  return (
    root.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    // The drawing on screen: a chart may hold another for narrow screens, hidden here (the party Gantt).
    [...root.querySelectorAll<SVGSVGElement>('svg')].find(
      (s) => !s.closest('.recharts-legend-wrapper, .recharts-tooltip-wrapper') && s.getClientRects().length > 0,
    ) ??
    null
  )
}

/** Copies the computed presentation of `el` and its descendants into style attributes; drops what is not displayed. */
function inlineStyles(el: Element, parent: CSSStyleDeclaration | null): void {
  // Tooltips and descriptions are kept as they are (they are never displayed, so their computed style says "none").
  if (el.localName === 'title' || el.localName === 'desc') return
  const cs = getComputedStyle(el)
  if (cs.display === 'none') {
    el.remove()
    return
  }
  const out: string[] = []
  for (const [prop, inherited] of Object.entries(PROPS)) {
    const value = cs.getPropertyValue(prop)
    if (!value) continue
    if (inherited ? parent && parent.getPropertyValue(prop) === value : NON_INHERITED_DEFAULTS[prop] === value) continue
    out.push(`${prop}:${value}`)
  }
  // Keep only what the computed style says: CSS variables, classes and hover rules mean nothing outside the page.
  for (const attr of [...el.attributes]) {
    const name = attr.name
    if (
      name === 'class' ||
      name === 'style' ||
      name === 'tabindex' ||
      name === 'role' ||
      name === 'focusable' ||
      name.startsWith('data-') ||
      name.startsWith('aria-') ||
      attr.value.includes('var(')
    ) {
      el.removeAttribute(name)
    }
  }
  if (out.length) el.setAttribute('style', out.join(';'))
  for (const child of [...el.children]) inlineStyles(child, cs)
}

/** `<a>` links of the page would be broken relative links in a file: keep their drawing as `<g>`. */
function unlink(root: Element): void {
  for (const a of [...root.querySelectorAll('a')]) {
    const g = document.createElementNS(SVG_NS, 'g')
    for (const attr of [...a.attributes]) if (attr.name === 'style' || attr.name === 'transform') g.setAttribute(attr.name, attr.value)
    g.append(...a.childNodes)
    a.replaceWith(g)
  }
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
  if (text !== undefined) node.textContent = text
  return node
}

let measurer: CanvasRenderingContext2D | null = null
function wrap(text: string, font: string, width: number): string[] {
  measurer ??= document.createElement('canvas').getContext('2d')
  if (!measurer) return [text]
  measurer.font = font
  const m = measurer
  const fits = (s: string) => m.measureText(s).width <= width
  // A word wider than the line (an address) is cut after its punctuation (/ ? & , =), or anywhere if it must.
  const pieces = (word: string): string[] => {
    if (fits(word)) return [word]
    const parts = word.split(/(?<=[/?&,=])/)
    const out: string[] = []
    let cur = ''
    for (const p of parts.flatMap((p) => (fits(p) ? [p] : [...p]))) {
      if (cur && !fits(cur + p)) {
        out.push(cur)
        cur = p
      } else cur += p
    }
    if (cur) out.push(cur)
    return out
  }
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean).flatMap(pieces)) {
    const next = line ? `${line} ${word}` : word
    if (line && measurer.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The words an image is written with, in the page's language (messages `charts.downloads`, from
 * ChartDownloads): the dataset line and the address line under the sources, the description's last
 * sentence, and the messages of the errors a reader may see.
 */
export interface ExportWords {
  /** "forum-atlas dataset 2026.12.1 (CC BY 4.0), accessed 5 Dec 2026" from the version, the licence and the day (YYYY-MM-DD). */
  dataset: (values: { version: string; licence: string; accessed: string }) => string
  /** "Data and full source list: <the page's address>" */
  fullList: string
  madeWith: string
  notDrawn: string
  noSize: string
  cannotDraw: string
  pngFailed: string
}

export interface ComposedSvg {
  svg: string
  width: number
  height: number
  /** The source line as written into the image, with the page's address. */
  source: string
}

/**
 * Composes the standalone SVG. The chart is cloned into an off-screen container that forces the
 * light colours (`.chart-export-light` in globals.css), so a dark page still exports a light image
 * and no hover or focus state leaks into it.
 */
function composeSvg(body: HTMLElement, meta: ChartImageMeta, words: ExportWords): ComposedSvg {
  if (!mainSvg(body)) throw new Error(words.notDrawn)
  const host = document.createElement('div')
  host.className = 'chart-export-light'
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = `position:absolute;left:-100000px;top:0;width:${body.getBoundingClientRect().width}px;pointer-events:none`
  const clone = body.cloneNode(true) as HTMLElement
  host.append(clone)
  document.body.append(host)
  try {
    for (const t of [...clone.querySelectorAll(TRANSIENT)]) t.remove()
    const svg = mainSvg(clone)!
    const box = svg.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) throw new Error(words.noSize)
    const vb = svg.viewBox?.baseVal
    const hasViewBox = Boolean(vb && vb.width > 0 && vb.height > 0)
    const contentW = hasViewBox ? vb.width : box.width
    const contentH = hasViewBox ? vb.height : box.height
    const k = contentW / box.width // chart units per CSS pixel
    const fontFamily = getComputedStyle(document.documentElement).fontFamily || 'system-ui, sans-serif'

    // The legend of a recharts chart is HTML beside the SVG: redraw its items (icon and label) in SVG.
    const legend = [...clone.querySelectorAll<HTMLElement>('.recharts-legend-item')].map((item) => {
      const icon = item.querySelector('svg')
      const label = item.querySelector<HTMLElement>('.recharts-legend-item-text') ?? item
      const lr = label.getBoundingClientRect()
      const cs = getComputedStyle(label)
      const g = el('g', {})
      if (icon) {
        const ir = icon.getBoundingClientRect()
        inlineStyles(icon, null) // in place: the clone is in the document, so its computed style is real
        const copy = icon.cloneNode(true) as SVGSVGElement
        copy.setAttribute('x', String((ir.left - box.left) * k))
        copy.setAttribute('y', String((ir.top - box.top) * k))
        copy.setAttribute('width', String(ir.width * k))
        copy.setAttribute('height', String(ir.height * k))
        g.append(copy)
      }
      g.append(
        el(
          'text',
          {
            x: (lr.left - box.left) * k,
            y: (lr.top + lr.height / 2 - box.top) * k,
            'dominant-baseline': 'central',
            style: `fill:${cs.color};font-size:${parseFloat(cs.fontSize) * k}px;font-family:${cs.fontFamily};font-weight:${cs.fontWeight}`,
          },
          label.textContent ?? '',
        ),
      )
      const r = item.getBoundingClientRect()
      return { g, top: (r.top - box.top) * k, bottom: (r.bottom - box.top) * k, left: (r.left - box.left) * k, right: (r.right - box.left) * k }
    })

    inlineStyles(svg, null)
    unlink(svg)
    const minX = Math.min(0, ...legend.map((l) => l.left))
    const maxX = Math.max(contentW, ...legend.map((l) => l.right))
    const minY = Math.min(0, ...legend.map((l) => l.top))
    const maxY = Math.max(contentH, ...legend.map((l) => l.bottom))
    const chartW = maxX - minX
    const chartH = maxY - minY

    const width = Math.ceil(Math.max(MIN_WIDTH, chartW + 2 * PAD))
    const textW = width - 2 * PAD
    const titleFont = `600 18px ${fontFamily}`
    const smallFont = `12px ${fontFamily}`
    const titleLines = wrap(meta.title, titleFont, textW)
    const periodLines = wrap(meta.period, `14px ${fontFamily}`, textW)
    // The reader's own today: the day the image was made from the page.
    const now = new Date()
    const accessed = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
    const dataset = words.dataset({ version: DATASET_VERSION, licence: DATA_LICENCE.name, accessed })
    const where = words.fullList
    const source = [meta.source, dataset, where].filter(Boolean).join(' · ')
    const sourceLines = [meta.source, dataset, where].flatMap((line) => wrap(line, smallFont, textW))
    const noteLines = (meta.notes ?? []).flatMap((note, i) => wrap(`${i + 1}  ${note}`, smallFont, textW))

    let y = PAD
    const root = el('svg', { version: '1.1', width, height: 0 })
    root.append(el('title', {}, `${meta.title} — ${meta.period}`))
    root.append(el('desc', {}, `${meta.title}. ${meta.period}. ${source}. ${words.madeWith}`))
    root.append(el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff' }))
    const head = el('g', { style: `font-family:${fontFamily}` })
    const title = el('text', { x: PAD, y: y + 18, style: `fill:${INK};font-size:18px;font-weight:600`, 'data-role': 'title' })
    titleLines.forEach((line, i) => title.append(el('tspan', { x: PAD, dy: i === 0 ? 0 : 23 }, line)))
    y += 18 + (titleLines.length - 1) * 23 + 6
    const period = el('text', { x: PAD, y: y + 14, style: `fill:${MUTED};font-size:14px`, 'data-role': 'period' })
    periodLines.forEach((line, i) => period.append(el('tspan', { x: PAD, dy: i === 0 ? 0 : 18 }, line)))
    y += 14 + (periodLines.length - 1) * 18 + 14
    head.append(title, period)
    root.append(head)

    const chartX = PAD + Math.max(0, (textW - chartW) / 2)
    const group = el('g', { transform: `translate(${chartX - minX} ${y - minY})` })
    svg.setAttribute('x', '0')
    svg.setAttribute('y', '0')
    svg.setAttribute('width', String(contentW))
    svg.setAttribute('height', String(contentH))
    if (!hasViewBox) svg.setAttribute('viewBox', `0 0 ${contentW} ${contentH}`)
    svg.setAttribute('overflow', 'visible')
    group.append(svg, ...legend.map((l) => l.g))
    root.append(group)
    y += chartH + 16

    if (noteLines.length) {
      const notes = el('text', { x: PAD, y: y + 12, style: `fill:${INK};font-size:12px;font-family:${fontFamily}`, 'data-role': 'notes' })
      noteLines.forEach((line, i) => notes.append(el('tspan', { x: PAD, dy: i === 0 ? 0 : 16 }, line)))
      root.append(notes)
      y += 12 + (noteLines.length - 1) * 16 + 12
    }
    const foot = el('text', { x: PAD, y: y + 12, style: `fill:${MUTED};font-size:12px;font-family:${fontFamily}`, 'data-role': 'source' })
    sourceLines.forEach((line, i) => foot.append(el('tspan', { x: PAD, dy: i === 0 ? 0 : 16 }, line)))
    root.append(foot)
    y += 12 + (sourceLines.length - 1) * 16 + PAD
    const height = Math.ceil(y)
    root.setAttribute('height', String(height))
    root.setAttribute('viewBox', `0 0 ${width} ${height}`)
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`
    return { svg: text, width, height, source }
  } finally {
    host.remove()
  }
}

/** The composed SVG drawn on a canvas at PNG_SCALE× over white, as PNG bytes with Title, Source, Description and Creation Time text chunks. */
async function renderPng(composed: ComposedSvg, meta: ChartImageMeta, words: ExportWords): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([composed.svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = composed.width * PNG_SCALE
    canvas.height = composed.height * PNG_SCALE
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error(words.cannotDraw)
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error(words.pngFailed)
    const png = new Uint8Array(await blob.arrayBuffer())
    return withTextChunks(png, {
      Title: meta.title,
      Description: meta.period,
      Source: composed.source,
      Software: 'forum-atlas',
      'Creation Time': new Date().toUTCString(),
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Makes the image and hands it to the browser as a download; returns the file name. */
export async function downloadChart(body: HTMLElement, meta: ChartImageMeta, format: 'png' | 'svg', words: ExportWords): Promise<string> {
  await untilDrawn(body)
  const composed = composeSvg(body, meta, words)
  const name = chartFilename(meta.filename, format)
  if (format === 'svg') save(new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' }), name)
  else save(new Blob([(await renderPng(composed, meta, words)) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), name)
  return name
}

/**
 * Charts below the fold are drawn when they come into view (WhenVisible): a download pressed before
 * that brings the chart into view and waits (up to 5 s) for it to be drawn.
 */
async function untilDrawn(body: HTMLElement): Promise<void> {
  if (mainSvg(body) && !body.querySelector('.chart-pending')) return
  body.scrollIntoView({ block: 'nearest' })
  const deadline = Date.now() + 5000
  while (Date.now() < deadline) {
    await new Promise((r) => requestAnimationFrame(() => r(null)))
    const svg = mainSvg(body)
    if (svg && !body.querySelector('.chart-pending') && svg.getBoundingClientRect().width > 0) return
  }
}

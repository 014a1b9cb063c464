import { STATUS_LABELS, type MembershipStatus } from '../domain/vocabulary'
import { escapeXml, INK, LINE, MUTED, type Drawing } from './preview-svg'

/**
 * The charts of the preview images (lib/chart-image/preview-svg.ts), drawn on the server from the
 * same figures as the views' charts, in the same colours (the status colours of globals.css, the
 * trade charts' series colours). The views' charts themselves are drawn by recharts in the browser
 * (which draws nothing on the server) or by server components (which a route cannot render:
 * react-dom/server is refused in the server layer), so the preview draws them again, simply: lines,
 * stacked areas, bars, cells, shapes, with few labels, to be read at a card's size.
 */

export const STATUS_COLOURS: Record<MembershipStatus, string> = {
  member: '#0072b2',
  observer: '#e69f00',
  partner: '#009e73',
  associate: '#56b4e9',
  applicant: '#f0e442',
  suspended: '#d55e00',
}
const SERIES_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#1c2430', '#f0e442', '#999999']

const n = (v: number) => Number(v.toFixed(1))

function compact(v: number): string {
  const abs = Math.abs(v)
  if (abs >= 1e9) return `${n(v / 1e9)} bn`
  if (abs >= 1e6) return `${n(v / 1e6)} m`
  if (abs >= 1e3) return `${n(v / 1e3)} k`
  return String(n(v))
}

function legend(items: { label: string; colour: string }[], x: number, y: number, width: number): { svg: string; height: number } {
  let cx = x
  let cy = y
  const parts: string[] = []
  for (const item of items) {
    const w = 26 + item.label.length * 9.5
    if (cx + w > x + width && cx > x) {
      cx = x
      cy += 26
    }
    parts.push(`<rect x="${cx}" y="${cy - 12}" width="16" height="16" fill="${item.colour}"/>`)
    parts.push(`<text x="${cx + 22}" y="${cy + 1}" font-size="18" fill="${INK}">${escapeXml(item.label)}</text>`)
    cx += w + 18
  }
  return { svg: parts.join(''), height: cy - y + 26 }
}

/** Year on x, a value on y; one line per series, broken where a year has no figure (as the trade chart). */
export function lineDrawing(rows: Record<string, number | null>[], series: { key: string; label: string }[], log = false): Drawing {
  const W = 1000
  const H = 420
  const left = 80
  const top = 10
  const years = rows.map((r) => Number(r.year))
  const values = rows.flatMap((r) => series.map((s) => r[s.key])).filter((v): v is number => typeof v === 'number' && (!log || v > 0))
  const items = series
    .slice(0, 6)
    .map((s, i) => ({ label: s.label.length > 48 ? `${s.label.slice(0, 47)}…` : s.label, colour: SERIES_COLOURS[i % SERIES_COLOURS.length] }))
  const bottom = H - 40 - legend(items, left, 0, W - left).height
  const lg = legend(items, left, bottom + 56, W - left)
  if (!values.length || !years.length)
    return { svg: `<text x="${W / 2}" y="${H / 2}" font-size="24" fill="${MUTED}" text-anchor="middle">No figure for this choice</text>`, width: W, height: H }
  const t = (v: number) => (log ? Math.log10(v) : v)
  const lo = log ? Math.min(...values.map(t)) : Math.min(0, ...values)
  const hi = Math.max(...values.map(t), lo + 1e-9)
  const [y0, y1] = [years[0], years[years.length - 1]]
  const x = (year: number) => left + ((year - y0) / Math.max(1, y1 - y0)) * (W - left - 10)
  const y = (v: number) => bottom - ((t(v) - lo) / (hi - lo)) * (bottom - top)
  const parts = [
    `<line x1="${left}" y1="${bottom}" x2="${W - 10}" y2="${bottom}" stroke="${MUTED}"/>`,
    `<line x1="${left}" y1="${top}" x2="${W - 10}" y2="${top}" stroke="${LINE}" stroke-dasharray="4 4"/>`,
    `<text x="${left - 8}" y="${top + 6}" font-size="18" fill="${MUTED}" text-anchor="end">${compact(log ? 10 ** hi : hi)}</text>`,
    `<text x="${left - 8}" y="${bottom}" font-size="18" fill="${MUTED}" text-anchor="end">${compact(log ? 10 ** lo : lo)}</text>`,
    `<text x="${left}" y="${bottom + 24}" font-size="18" fill="${MUTED}">${y0}</text>`,
    `<text x="${W - 10}" y="${bottom + 24}" font-size="18" fill="${MUTED}" text-anchor="end">${y1}</text>`,
  ]
  series.forEach((s, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]
    let path = ''
    let pen = false
    for (const r of rows) {
      const v = r[s.key]
      if (typeof v !== 'number' || (log && v <= 0)) {
        pen = false
        continue
      }
      path += `${pen ? 'L' : 'M'}${n(x(Number(r.year)))} ${n(y(v))}`
      pen = true
    }
    if (path) parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="3.5" stroke-linejoin="round"/>`)
  })
  parts.push(lg.svg)
  return { svg: parts.join(''), width: W, height: H }
}

/** Counts per year stacked by status (the forum's membership chart). */
export function stackedAreaDrawing(rows: ({ year: number } & Record<MembershipStatus, number>)[], statuses: MembershipStatus[]): Drawing {
  const W = 1000
  const H = 400
  const left = 50
  const items = statuses.map((s) => ({ label: STATUS_LABELS[s], colour: STATUS_COLOURS[s] }))
  const bottom = H - 40 - legend(items, left, 0, W - left).height
  const lg = legend(items, left, bottom + 56, W - left)
  const top = 10
  const total = (r: (typeof rows)[number]) => statuses.reduce((sum, s) => sum + r[s], 0)
  const max = Math.max(1, ...rows.map(total))
  const [y0, y1] = [rows[0]?.year ?? 0, rows.at(-1)?.year ?? 1]
  const x = (year: number) => left + ((year - y0) / Math.max(1, y1 - y0)) * (W - left - 10)
  const y = (v: number) => bottom - (v / max) * (bottom - top)
  const parts: string[] = []
  const base = rows.map(() => 0)
  for (const s of statuses) {
    const upper = rows.map((r, i) => base[i] + r[s])
    const d =
      rows.map((r, i) => `${i ? 'L' : 'M'}${n(x(r.year))} ${n(y(upper[i]))}`).join('') +
      [...rows]
        .reverse()
        .map((r, j) => `L${n(x(r.year))} ${n(y(base[rows.length - 1 - j]))}`)
        .join('') +
      'Z'
    parts.push(`<path d="${d}" fill="${STATUS_COLOURS[s]}" fill-opacity="0.9" stroke="#ffffff" stroke-width="0.5"/>`)
    upper.forEach((v, i) => (base[i] = v))
  }
  parts.push(
    `<line x1="${left}" y1="${bottom}" x2="${W - 10}" y2="${bottom}" stroke="${MUTED}"/>`,
    `<text x="${left - 8}" y="${top + 12}" font-size="18" fill="${MUTED}" text-anchor="end">${max}</text>`,
    `<text x="${left - 8}" y="${bottom}" font-size="18" fill="${MUTED}" text-anchor="end">0</text>`,
    `<text x="${left}" y="${bottom + 24}" font-size="18" fill="${MUTED}">${y0}</text>`,
    `<text x="${W - 10}" y="${bottom + 24}" font-size="18" fill="${MUTED}" text-anchor="end">${y1}</text>`,
    lg.svg,
  )
  return { svg: parts.join(''), width: W, height: H }
}

function yearFraction(day: string): number {
  const [yy, m, d] = day.split('-').map(Number)
  return yy + ((m - 1) * 30.4 + (d - 1)) / 365.25
}

/** A party's intervals per forum on a time axis (the party's Gantt chart). */
export function ganttDrawing(intervals: { forumCode: string; status: MembershipStatus; validFrom: string; validTo: string | null }[], today: string): Drawing {
  const forums = [...new Set(intervals.map((i) => i.forumCode))]
  const ROW = Math.max(18, Math.min(34, 380 / Math.max(1, forums.length)))
  const W = 1000
  const LABEL = 130
  const start = Math.min(1991, Math.floor(Math.min(...intervals.map((i) => yearFraction(i.validFrom)))))
  const end = yearFraction(today) + 0.5
  const x = (t: number) => LABEL + ((t - start) / (end - start)) * (W - LABEL - 10)
  const H = forums.length * ROW + 34
  const parts: string[] = []
  forums.forEach((f, row) => {
    const cy = row * ROW
    parts.push(`<text x="${LABEL - 10}" y="${cy + ROW * 0.68}" font-size="${Math.min(20, ROW * 0.7)}" fill="${INK}" text-anchor="end">${escapeXml(f)}</text>`)
    for (const i of intervals.filter((i) => i.forumCode === f)) {
      const x0 = x(yearFraction(i.validFrom))
      const x1 = x(i.validTo ? yearFraction(i.validTo) : end)
      parts.push(
        `<rect x="${n(x0)}" y="${n(cy + ROW * 0.12)}" width="${n(Math.max(2, x1 - x0))}" height="${n(ROW * 0.76)}" fill="${STATUS_COLOURS[i.status]}"/>`,
      )
    }
  })
  const step = end - start > 30 ? 10 : 5
  for (let yr = Math.ceil(start / step) * step; yr <= end; yr += step)
    parts.push(`<text x="${n(x(yr))}" y="${H - 8}" font-size="18" fill="${MUTED}" text-anchor="middle">${yr}</text>`)
  return { svg: parts.join(''), width: W, height: H }
}

/** Bars of the exclusive intersections, largest first, labelled by their forums (the UpSet plot's bars). */
export function barsDrawing(bars: { label: string; value: number }[]): Drawing {
  const shown = [...bars].sort((a, b) => b.value - a.value).slice(0, 12)
  const W = 1000
  const ROW = Math.min(40, 400 / Math.max(1, shown.length))
  const LABEL = 360
  const max = Math.max(1, ...shown.map((b) => b.value))
  const parts = shown.map((b, i) => {
    const w = (b.value / max) * (W - LABEL - 60)
    const y = i * ROW
    return (
      `<text x="${LABEL - 10}" y="${y + ROW * 0.7}" font-size="${Math.min(20, ROW * 0.6)}" fill="${INK}" text-anchor="end">${escapeXml(b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label)}</text>` +
      `<rect x="${LABEL}" y="${y + ROW * 0.15}" width="${n(Math.max(1, w))}" height="${n(ROW * 0.7)}" fill="#0072b2"/>` +
      `<text x="${n(LABEL + w + 8)}" y="${y + ROW * 0.7}" font-size="${Math.min(20, ROW * 0.6)}" fill="${INK}">${b.value}</text>`
    )
  })
  return { svg: parts.join(''), width: W, height: Math.max(ROW, shown.length * ROW) }
}

/** The party × party similarity cells, light = unlike, dark = alike (the alignment heatmap's scale). */
export function heatmapDrawing(parties: string[], scores: number[][]): Drawing {
  const count = parties.length
  const CELL = 30
  const LEFT = 60
  const TOP = 40
  const shade = (s: number) => `hsl(205, 60%, ${Math.round(96 - s * 70)}%)`
  const parts: string[] = []
  parties.forEach((p, i) => {
    parts.push(`<text x="${LEFT - 6}" y="${TOP + i * CELL + CELL * 0.68}" font-size="14" fill="${INK}" text-anchor="end">${escapeXml(p)}</text>`)
    parts.push(`<text x="${LEFT + i * CELL + CELL / 2}" y="${TOP - 8}" font-size="14" fill="${INK}" text-anchor="middle">${escapeXml(p)}</text>`)
    scores[i].forEach((s, j) => parts.push(`<rect x="${LEFT + j * CELL}" y="${TOP + i * CELL}" width="${CELL - 1}" height="${CELL - 1}" fill="${shade(s)}"/>`))
  })
  const size = LEFT + count * CELL + 4
  return { svg: parts.join(''), width: size, height: TOP + count * CELL + 4 }
}

/** The map's outlines, each country filled with its status colour (suspended: its colour, unhatched). */
export function mapDrawing(
  frame: { width: number; height: number; outline: string; paths: { alpha3: string | null; d: string }[] },
  statusOf: (alpha3: string | null) => MembershipStatus | undefined,
): Drawing {
  const parts = [`<path d="${frame.outline}" fill="#eef3f8"/>`]
  const shapes = frame.paths.map((p) => ({ d: p.d, status: statusOf(p.alpha3) }))
  for (const s of [...shapes.filter((s) => !s.status), ...shapes.filter((s) => s.status)])
    parts.push(`<path d="${s.d}" fill="${s.status ? STATUS_COLOURS[s.status] : '#d4d9e0'}" stroke="#ffffff" stroke-width="0.6"/>`)
  return { svg: parts.join(''), width: frame.width, height: frame.height }
}

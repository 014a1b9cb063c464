/**
 * File names of chart images: `forum-atlas_<chart>_<subject>_<period>.<ext>`, e.g.
 * `forum-atlas_trade_KAZ_2000-2024.png`. Each part is reduced to letters, digits, `+`, `.` and `-`
 * so the name is safe on every file system and says what the chart is.
 */

const MAX_CODES = 4

function clean(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[^A-Za-z0-9+.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
}

/**
 * The file name without extension. `subject` is a list of codes (parties, forums): up to four are
 * named, joined by `-`; more are summarised as `<n>-<noun>` (default `n-items`).
 */
export function chartFileBase({ chart, subject = [], period, many = 'items' }: { chart: string; subject?: string[]; period?: string; many?: string }): string {
  const codes = subject.map(clean).filter(Boolean)
  const who = codes.length > MAX_CODES ? `${codes.length}-${clean(many)}` : codes.join('-')
  const parts = ['forum-atlas', clean(chart), who, period ? clean(period) : ''].filter(Boolean)
  return parts.join('_').slice(0, 150)
}

/** `base.ext`, with anything but letters, digits and `+._-` in `base` replaced (a name from chartFileBase passes unchanged). */
export function chartFilename(base: string, ext: 'png' | 'svg'): string {
  const safe = base.replace(/[^A-Za-z0-9+._-]+/g, '-').replace(/^[-.]+/, '')
  return `${safe || 'forum-atlas_chart'}.${ext}`
}

/**
 * Shortening real answers for the /api page: the first lines of a CSV, the first items of a JSON
 * answer's arrays and objects. Pure; what is left out is said (`… 12 more items`), never hidden.
 */

export interface AbbreviateOptions {
  /** Items kept of each array. */
  items?: number
  /** Keys kept of each object. */
  keys?: number
  /** Characters kept of each string. */
  chars?: number
  /** Lines kept of each top-level value of an object (of the whole text otherwise). */
  lines?: number
  /** Arrays and objects whose JSON is at most this long are written on one line. */
  inline?: number
}

const plural = (n: number, word: string) => `${n} more ${word}${n === 1 ? '' : 's'}`

/** Pretty-printed JSON with long arrays and objects cut (the cut lines are marked, so not JSON any more). */
export function abbreviateJson(value: unknown, options: AbbreviateOptions = {}): { text: string; cut: boolean } {
  const { items = 2, keys = 12, chars = 100, lines = 24, inline = 80 } = options
  let cut = false
  const print = (v: unknown, indent: string): string => {
    if (typeof v === 'string') {
      if (v.length <= chars) return JSON.stringify(v)
      cut = true
      return `${JSON.stringify(v.slice(0, chars))}…`
    }
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null'
    const inner = `${indent}  `
    // a small array or object (a source, a cell) on one line, as JSON.stringify would write it
    const compact = JSON.stringify(v)
    if (compact.length <= inline) return compact
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]'
      const shown = v.slice(0, items).map((x) => `${inner}${print(x, inner)}`)
      if (v.length > items) {
        cut = true
        shown.push(`${inner}… ${plural(v.length - items, 'item')}`)
      }
      return `[\n${shown.join(',\n')}\n${indent}]`
    }
    const entries = Object.entries(v)
    if (entries.length === 0) return '{}'
    const shown = entries.slice(0, keys).map(([k, x]) => `${inner}${JSON.stringify(k)}: ${print(x, inner)}`)
    if (entries.length > keys) {
      cut = true
      shown.push(`${inner}… ${plural(entries.length - keys, 'key')}`)
    }
    return `{\n${shown.join(',\n')}\n${indent}}`
  }
  const limit = (text: string, indent: string) => {
    const all = text.split('\n')
    if (all.length <= lines) return text
    cut = true
    return [...all.slice(0, lines), `${indent}… ${plural(all.length - lines, 'line')}`].join('\n')
  }
  // An object answer: every top-level key is shown, each value within its own line budget.
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length) {
    const entries = Object.entries(value)
    const shown = entries.slice(0, keys).map(([k, x]) => limit(`  ${JSON.stringify(k)}: ${print(x, '  ')}`, '  '))
    if (entries.length > keys) {
      cut = true
      shown.push(`  … ${plural(entries.length - keys, 'key')}`)
    }
    return { text: `{\n${shown.join(',\n')}\n}`, cut }
  }
  return { text: limit(print(value, ''), ''), cut }
}

/**
 * The first `lines` lines of a text stream (a CSV answer), read no further than needed: the
 * stream is cancelled once they are in, so a streamed export of millions of rows costs a few rows.
 */
export async function firstLines(body: ReadableStream<Uint8Array> | null, lines: number): Promise<{ text: string; cut: boolean }> {
  if (!body) return { text: '', cut: false }
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      text += decoder.decode()
      break
    }
    text += decoder.decode(value, { stream: true })
    if (text.split('\n').length > lines + 1) {
      await reader.cancel()
      break
    }
  }
  const all = text.replace(/\r?\n$/, '').split(/\r?\n/)
  return all.length > lines ? { text: all.slice(0, lines).join('\n'), cut: true } : { text: all.join('\n'), cut: false }
}

import { describe, expect, it } from 'vitest'
import { abbreviateJson, firstLines } from './abbreviate'

describe('abbreviateJson', () => {
  it('prints small values whole, as JSON', () => {
    const value = { a: [1, 2], b: { c: null, d: 'x' }, e: [] }
    const { text, cut } = abbreviateJson(value)
    expect(cut).toBe(false)
    expect(JSON.parse(text)).toEqual(value)
  })

  it('keeps the first items of long arrays and objects and says how many are left out', () => {
    const { text, cut } = abbreviateJson({ rows: [1, 2, 3, 4, 5], names: { a: 1, b: 2, c: 3 } }, { items: 2, keys: 2, inline: 0 })
    expect(cut).toBe(true)
    expect(text).toContain('… 3 more items')
    expect(text).toContain('"a": 1')
    expect(text).not.toContain('"c": 3')
    expect(text).toContain('… 1 more key')
  })

  it('shows every top-level key of an object, each value within its own line budget', () => {
    const big = Array.from({ length: 40 }, (_, i) => ({ i, s: 'x'.repeat(90) }))
    const { text, cut } = abbreviateJson({ a: big, b: big, c: 1 }, { items: 40, lines: 5, inline: 0 })
    expect(cut).toBe(true)
    expect(text).toContain('"c": 1')
    expect(text.match(/more lines/g)).toHaveLength(2)
  })

  it('writes small arrays and objects on one line', () => {
    expect(abbreviateJson({ a: { b: [1, 2] }, c: 'x'.repeat(90) }).text).toBe(`{\n  "a": {"b":[1,2]},\n  "c": "${'x'.repeat(90)}"\n}`)
  })

  it('cuts long strings and long texts', () => {
    expect(abbreviateJson('x'.repeat(300), { chars: 10 }).text).toBe(`"${'x'.repeat(10)}"…`)
    const long = abbreviateJson(
      Array.from({ length: 50 }, (_, i) => i),
      { items: 100, lines: 10, inline: 0 },
    )
    expect(long.text.split('\n')).toHaveLength(11)
    expect(long.text).toMatch(/… 42 more lines$/)
  })
})

function streamOf(chunks: string[], endless = false) {
  const encoder = new TextEncoder()
  let i = 0
  let cancelled = false
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]))
      else if (endless) controller.enqueue(encoder.encode('more,row\r\n'))
      else controller.close()
    },
    cancel() {
      cancelled = true
    },
  })
  return { stream, wasCancelled: () => cancelled }
}

describe('firstLines', () => {
  it('returns a short text whole', async () => {
    expect(await firstLines(streamOf(['a,b\r\n1,', '2\r\n']).stream, 5)).toEqual({ text: 'a,b\n1,2', cut: false })
  })

  it('stops reading an endless stream once it has the lines, and cancels it', async () => {
    const s = streamOf(['h1,h2\r\n'], true)
    const { text, cut } = await firstLines(s.stream, 3)
    expect(text).toBe('h1,h2\nmore,row\nmore,row')
    expect(cut).toBe(true)
    expect(s.wasCancelled()).toBe(true)
  })
})

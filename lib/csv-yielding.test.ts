import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { parseCsvYielding } from './csv-yielding'

describe('parseCsvYielding', () => {
  const options = { info: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }
  const big = ['a,b,c', ...Array.from({ length: 60_000 }, (_, i) => `${i},"x, ${i}",${i * 2}`)].join('\n')

  it('gives the records csv-parse/sync gives, with their lines, across slice boundaries', async () => {
    const text = big.slice(0, 700_000) // three slices, a record cut at each boundary
    const mine = await parseCsvYielding<{ record: string[]; info: { lines: number } }>(text, options)
    const theirs = parse(text, options) as unknown as { record: string[]; info: { lines: number } }[]
    expect(mine.length).toBe(theirs.length)
    expect(mine.map((r) => `${r.info.lines}:${r.record.join('|')}`)).toEqual(theirs.map((r) => `${r.info.lines}:${r.record.join('|')}`))
  }, 60_000)

  it('lets other work run while it parses a large text', async () => {
    let turns = 0
    let done = false
    const other = async () => {
      while (!done) {
        turns++
        await new Promise((r) => setImmediate(r))
      }
    }
    const running = other()
    await parseCsvYielding(big, options)
    done = true
    await running
    expect(turns).toBeGreaterThan(2)
  })

  it('fails as csv-parse does, with the line', async () => {
    const bad = 'a,b\n1,"unclosed\n2,3\n'
    const expected = (() => {
      try {
        parse(bad, options)
      } catch (e) {
        return e as Error & { lines?: number }
      }
    })()!
    await expect(parseCsvYielding(bad, options)).rejects.toMatchObject({ message: expected.message })
  })
})

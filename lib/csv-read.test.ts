import { describe, expect, it } from 'vitest'
import { readCsvRecords, readCsvRecordsYielding } from './csv-read'

describe('readCsvRecordsYielding', () => {
  const big = ['a,b,c', ...Array.from({ length: 60_000 }, (_, i) => `${i},"x, ${i}",${i * 2}`)].join('\n')

  it('gives the records csv-parse/sync gives, with their lines, across slice boundaries', async () => {
    const text = big.slice(0, 700_000) // three slices, a record cut at each boundary
    const mine = await readCsvRecordsYielding(text)
    const theirs = readCsvRecords(text)
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
    await readCsvRecordsYielding(big)
    done = true
    await running
    expect(turns).toBeGreaterThan(2)
  })

  it('fails as csv-parse does, with the line', async () => {
    const bad = 'a,b\n1,"unclosed\n2,3\n'
    const expected = (() => {
      try {
        readCsvRecords(bad)
      } catch (e) {
        return e as Error & { lines?: number }
      }
    })()!
    await expect(readCsvRecordsYielding(bad)).rejects.toMatchObject({ message: expected.message })
  })
})

import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, csvStream, toCsv } from './csv'

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['Bosnia, and "Herzegovina"', 'two\nlines'],
        ['plain', 'Türkiye'],
      ],
    )
    expect(text).toBe('a,b\r\n"Bosnia, and ""Herzegovina""","two\nlines"\r\nplain,Türkiye\r\n')
    expect(parse(text, { columns: true })).toEqual([
      { a: 'Bosnia, and "Herzegovina"', b: 'two\nlines' },
      { a: 'plain', b: 'Türkiye' },
    ])
  })

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const payload of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\r=1']) {
      const cell = csvCell(payload)
      const [[parsed]] = parse(`${cell}\r\n`, { relax_quotes: true }) as string[][]
      expect(parsed.startsWith("'"), `${JSON.stringify(payload)} → ${cell}`).toBe(true)
      expect(parsed.slice(1)).toBe(payload)
    }
  })

  it('writes numbers as numbers (a negative number is not a formula), and null as empty', () => {
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(false)).toBe('false')
    expect(() => csvCell(Number.NaN)).toThrow()
  })
})

describe('csvStream', () => {
  const read = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text()

  it('writes the same bytes as toCsv, a chunk of rows at a time, taking rows only as they are read', async () => {
    const rows: (string | number | null)[][] = Array.from({ length: 12 }, (_, i) => [i, `=x${i}`, i % 2 ? null : 'a,b'])
    expect(await read(csvStream(['n', 'text', 'maybe'], rows, 5))).toBe(toCsv(['n', 'text', 'maybe'], rows))
    expect(await read(csvStream(['only'], []))).toBe('only\r\n')
    let made = 0
    function* lazy() {
      for (let i = 0; i < 100; i++) {
        made++
        yield [i]
      }
    }
    const reader = csvStream(['n'], lazy(), 10).getReader()
    await reader.read()
    expect(made).toBeLessThan(30)
    await reader.cancel()
  })
})

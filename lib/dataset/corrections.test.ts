import { describe, expect, it } from 'vitest'
import { loadShippedCorrections, parseCorrections, parseInline } from './corrections'

describe('the shipped-data corrections', () => {
  it('reads the table of prisma/data/CORRECTIONS-2026-12.md, every row', () => {
    const [dec] = loadShippedCorrections().filter((c) => c.file === 'CORRECTIONS-2026-12.md')
    expect(dec.title).toMatch(/^Corrections from the outside fact-check/)
    expect(dec.rows.length).toBe(13)
    expect(dec.rows[0].item.map((r) => r.text).join('')).toBe('SPECA: Turkmenistan had no row')
    expect(dec.rows[0].evidence[0]).toEqual({ text: 'fix-unece-2001', code: true })
  })

  it('keeps code and strong runs, and stops at the end of the table', () => {
    expect(parseInline('a `b` **c** d')).toEqual([{ text: 'a ' }, { text: 'b', code: true }, { text: ' ' }, { text: 'c', strong: true }, { text: ' d' }])
    const parsed = parseCorrections('X.md', '# T\n\n| item | now | evidence |\n|---|---|---|\n| a | b | c |\n\nafter\n| x | y | z |\n')
    expect(parsed).toEqual({ file: 'X.md', title: 'T', rows: [{ item: [{ text: 'a' }], now: [{ text: 'b' }], evidence: [{ text: 'c' }] }] })
    expect(parseCorrections('Y.md', 'no table').rows).toEqual([])
  })
})

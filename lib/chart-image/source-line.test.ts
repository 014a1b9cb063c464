import { describe, expect, it } from 'vitest'
import { sourceLabel, sourceLine } from './source-line'

const src = (id: string, publisher: string | null, kind = 'official', title = `Title of ${id}`) => ({ id, title, publisher, kind })
const imf = src('imf-dots', 'International Monetary Fund', 'statistics', 'Direction of Trade Statistics (DOTS): exports FOB and imports CIF by partner, annual')

describe('source line', () => {
  it('names a statistical source by publisher and short title', () => {
    expect(sourceLabel(imf)).toBe('International Monetary Fund: Direction of Trade Statistics')
    expect(sourceLine([imf, imf, imf])).toBe('Source: International Monetary Fund: Direction of Trade Statistics')
  })

  it('puts the most cited first, at most three names, and counts the others', () => {
    const facts = [
      src('a', 'Wikipedia'),
      src('b', 'OTS'),
      src('b', 'OTS'),
      src('c', 'Trend'),
      src('d', 'Kazinform', 'news'),
      src('e', 'Wikipedia'),
      src('f', 'Mehr'),
    ]
    expect(sourceLine(facts)).toBe('Sources: Wikipedia; OTS; Trend; and 2 other sources')
    expect(sourceLine(facts, 10)).toBe('Sources: Wikipedia; OTS; Trend; Kazinform; Mehr')
  })

  it('drops a publisher’s parenthetical, so mirrors of one publisher count together', () => {
    const facts = [
      src('w1', 'Wikipedia (via movatter.jp mirror)', 'reference'),
      src('w2', 'Wikipedia (via amansaja.com mirror)', 'reference'),
      src('t', 'TASS', 'news'),
    ]
    expect(sourceLine(facts)).toBe('Sources: Wikipedia; TASS')
  })

  it('names seed documents by title, and says nothing without sources', () => {
    expect(sourceLabel(src('seed-001', '(essay)', 'seed', "Central Asia's Order-Making Mechanisms"))).toBe("Central Asia's Order-Making Mechanisms")
    expect(sourceLine([])).toBe('')
    expect(sourceLine([imf, src('seed-001', '(essay)', 'seed', 'China trade, 2023')])).toBe(
      'Sources: International Monetary Fund: Direction of Trade Statistics; China trade',
    )
  })
})

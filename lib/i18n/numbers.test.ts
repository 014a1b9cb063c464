import { describe, expect, it } from 'vitest'
import { formatDecimal, formatList } from './numbers'

describe('numbers without Intl', () => {
  it('writes English as toFixed does, ungrouped', () => {
    expect(formatDecimal(1234.56, 1, 'en')).toBe('1234.6')
    expect(formatDecimal(-4, 1, 'en')).toBe('-4.0')
    expect(formatDecimal(0.25, 3, 'en', { trim: true })).toBe('0.25')
    expect(formatDecimal(1, 3, 'en', { trim: true })).toBe('1')
  })

  it('writes Russian exactly as Intl (CLDR) does', () => {
    // Values that are not halfway cases: there toFixed and Intl round alike.
    const values = [0, 1, -4, 7.25, 12.345, 999.9, 1234.5, 12345.67, -1234.5, 99999.96, 1234567, 0.001, -0.04, 2400000.125]
    for (let i = 0; i < 300; i++) values.push((Math.sin(i) * 10 ** (i % 9)) / 7)
    for (const value of values) {
      for (const digits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat('ru', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
        expect(formatDecimal(value, digits, 'ru'), `${value} with ${digits}`).toBe(intl)
      }
      const trimmed = new Intl.NumberFormat('ru', { maximumFractionDigits: 3 }).format(value)
      expect(formatDecimal(value, 3, 'ru', { trim: true }), `${value} trimmed`).toBe(trimmed)
    }
  })

  it('joins lists as Intl.ListFormat does', () => {
    for (const words of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['КНР', 'Россия', 'Индия', 'Иран']]) {
      expect(formatList(words, 'ru')).toBe(new Intl.ListFormat('ru', { type: 'conjunction' }).format(words))
    }
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c')
  })
})

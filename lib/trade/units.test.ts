import { describe, expect, it } from 'vitest'
import { canonicalDecimal, millionsToUnits } from './units'

describe('millionsToUnits', () => {
  it.each([
    ['57676.727675', '57676727675'],
    ['0.09', '90000'],
    ['1.1349999999999996', '1135000'],
    ['6e-05', '60'],
    ['0.0000001', '0.1'],
    ['0.00000001', '0.01'],
    ['0.000000004', '0'],
    ['0', '0'],
    ['12', '12000000'],
  ])('%s million = %s', (input, expected) => {
    expect(millionsToUnits(input)).toBe(expected)
  })

  it('rejects what is not a non-negative decimal', () => {
    expect(() => millionsToUnits('-1')).toThrow(/not a non-negative decimal/)
    expect(() => millionsToUnits('1,000')).toThrow()
    expect(() => millionsToUnits('')).toThrow()
  })
})

describe('canonicalDecimal', () => {
  it.each([
    ['56235925.40', '56235925.4'],
    ['7.00', '7'],
    ['7', '7'],
    ['100', '100'],
    ['0.05', '0.05'],
  ])('%s → %s', (input, expected) => expect(canonicalDecimal(input)).toBe(expected))
})

import { describe, expect, it } from 'vitest'
import { foldText, matchOptions } from './picker-match'

const options = [
  { value: 'KAZ', label: 'Kazakhstan', code: 'KAZ' },
  { value: 'KGZ', label: 'Kyrgyzstan', code: 'KGZ' },
  { value: 'TUR', label: 'Türkiye', code: 'TUR' },
  { value: 'TKM', label: 'Turkmenistan', code: 'TKM' },
  { value: 'CIV', label: 'Côte d’Ivoire', code: 'CIV' },
  { value: 'PRK', label: "Korea (Democratic People's Republic)", code: 'PRK' },
  { value: 'forum:SCO', label: 'SCO members', code: 'SCO' },
]
const values = (text: string) => matchOptions(options, text).map((o) => o.value)

describe('matchOptions', () => {
  it('finds names without accents or case, and an exact code first', () => {
    expect(foldText('Côte')).toBe('cote')
    expect(values('turkiye')).toEqual(['TUR'])
    expect(values('cote')).toEqual(['CIV'])
    expect(values('tkm')).toEqual(['TKM'])
    expect(values('KAZ')).toEqual(['KAZ'])
  })

  it('ranks a name that starts with the text before a word inside a name, before a code, before a name containing it', () => {
    expect(values('tur')).toEqual(['TUR', 'TKM'])
    expect(values('k')).toEqual(['KAZ', 'KGZ', 'PRK', 'TUR', 'TKM'])
    expect(values('democratic')).toEqual(['PRK'])
    expect(values('stan')).toEqual(['KAZ', 'KGZ', 'TKM'])
    expect(values('sco')).toEqual(['forum:SCO'])
  })

  it('finds every option in order for empty text and none for a text nothing has', () => {
    expect(values('  ')).toEqual(options.map((o) => o.value))
    expect(values('zzz')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { foldText, matchOptions, withSearchTerms, type PickerOption } from './picker-match'

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

describe('search terms: a name in the other language finds the option (issue #23)', () => {
  // What getSearchTerms sends: on an English page the Russian names; on a Russian page both.
  const terms = {
    SCO: ['Шанхайская организация сотрудничества', 'ШОС', 'Shanghai Cooperation Organisation', 'SCO'],
    KAZ: ['Казахстан', 'Kazakhstan'],
    KGZ: ['Киргизия', 'Kyrgyzstan'],
    SHANGHAI5: ['«Шанхайская пятерка»', 'Shanghai Five'],
  }
  const english = withSearchTerms(
    [
      { value: 'SCO', label: 'Shanghai Cooperation Organisation', code: 'SCO' },
      { value: 'SHANGHAI5', label: 'Shanghai Five', code: 'SHANGHAI5' },
      { value: 'KAZ', label: 'Kazakhstan', code: 'KAZ' },
      { value: 'KGZ', label: 'Kyrgyzstan', code: 'KGZ' },
      { value: 'UZB', label: 'Uzbekistan', code: 'UZB' },
    ],
    terms,
  )
  const russian = withSearchTerms(
    [
      { value: 'SCO', label: 'Шанхайская организация сотрудничества', code: 'SCO' },
      { value: 'SHANGHAI5', label: '«Шанхайская пятерка»', code: 'SHANGHAI5' },
      { value: 'KAZ', label: 'Казахстан', code: 'KAZ' },
      { value: 'KGZ', label: 'Киргизия', code: 'KGZ' },
      { value: 'UZB', label: 'Узбекистан', code: 'UZB' },
    ],
    terms,
  )
  const found = (options: PickerOption[], text: string) => matchOptions(options, text).map((o) => o.value)

  it('finds Russian names on an English page, abbreviation first', () => {
    expect(found(english, 'ШОС')).toEqual(['SCO'])
    expect(found(english, 'шос')).toEqual(['SCO'])
    expect(found(english, 'Казах')).toEqual(['KAZ'])
    expect(found(english, 'киргиз')).toEqual(['KGZ'])
  })

  it('finds English names on a Russian page, and Russian names as shown', () => {
    expect(found(russian, 'Shanghai')).toEqual(['SCO', 'SHANGHAI5'])
    expect(found(russian, 'kazakh')).toEqual(['KAZ'])
    expect(found(russian, 'Узбек')).toEqual(['UZB'])
    // A word inside a name and inside guillemets; ё and е alike.
    expect(found(russian, 'пятёрка')).toEqual(['SHANGHAI5'])
    expect(found(russian, 'организация')).toEqual(['SCO'])
  })

  it('keeps the ranks: an exact code first, then names that start with the text, whatever their language', () => {
    expect(found(english, 'sco')).toEqual(['SCO'])
    expect(found(russian, 'ша')).toEqual(['SCO', 'SHANGHAI5'])
    expect(found(russian, 'stan')).toEqual(['KAZ', 'KGZ'])
  })

  it('leaves options alone without terms, and never shows a term', () => {
    const plain = [{ value: 'KAZ', label: 'Kazakhstan', code: 'KAZ' }]
    expect(withSearchTerms(plain, null)).toBe(plain)
    expect(withSearchTerms(plain, {})).toEqual(plain)
    expect(found(withSearchTerms(plain, null), 'Казах')).toEqual([])
    expect(english.find((o) => o.value === 'KAZ')?.label).toBe('Kazakhstan')
  })
})

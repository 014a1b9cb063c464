import { describe, expect, it } from 'vitest'
import { markedParts, textLang } from './text-lang'

describe('the language of a source title', () => {
  it('is Russian with Cyrillic letters, English otherwise', () => {
    expect(textLang('Декларация о создании Шанхайской организации сотрудничества')).toBe('ru')
    expect(textLang('ШОС: Astana Declaration')).toBe('ru')
    expect(textLang('Astana Declaration of the Heads of State')).toBe('en')
    expect(textLang('Çin–Türkmenistan 2024')).toBe('en')
    expect(textLang('')).toBe('en')
  })
})

describe('textParts', () => {
  it('splits a Russian title from its English translation in brackets, and leaves other texts whole', async () => {
    const { textParts } = await import('./text-lang')
    expect(textParts('О заседании министров (On the meeting of the ministers)')).toEqual([
      { text: 'О заседании министров', lang: 'ru' },
      { text: ' (On the meeting of the ministers)', lang: 'en' },
    ])
    expect(textParts('Саммит ШОС (2024)')).toEqual([{ text: 'Саммит ШОС (2024)', lang: 'ru' }])
    expect(textParts('The SCO summit (Astana)')).toEqual([{ text: 'The SCO summit (Astana)', lang: 'en' }])
  })
})

describe('a label with names in other languages', () => {
  it("marks each foreign name where it occurs, and leaves the rest in the page's language", () => {
    const foreign = [{ text: 'C5+FR', lang: 'en' }]
    expect(markedParts('Казахстан → члены C5+FR (DOTS МВФ)', foreign)).toEqual([
      { text: 'Казахстан → члены ' },
      { text: 'C5+FR', lang: 'en' },
      { text: ' (DOTS МВФ)' },
    ])
    expect(markedParts('C5+FR и C5+FR', foreign)).toEqual([{ text: 'C5+FR', lang: 'en' }, { text: ' и ' }, { text: 'C5+FR', lang: 'en' }])
    expect(markedParts('Казахстан → Китай', foreign)).toEqual([{ text: 'Казахстан → Китай' }])
    expect(markedParts('Казахстан', [])).toEqual([{ text: 'Казахстан' }])
  })
})

import { describe, expect, it } from 'vitest'
import { textLang } from './text-lang'

describe('the language of a source title', () => {
  it('is Russian with Cyrillic letters, English otherwise', () => {
    expect(textLang('Декларация о создании Шанхайской организации сотрудничества')).toBe('ru')
    expect(textLang('ШОС: Astana Declaration')).toBe('ru')
    expect(textLang('Astana Declaration of the Heads of State')).toBe('en')
    expect(textLang('Çin–Türkmenistan 2024')).toBe('en')
    expect(textLang('')).toBe('en')
  })
})

import { describe, expect, it } from 'vitest'
import { acceptedLocales, localizedHref, splitLocalePath, suggestedLocale } from './locales'

describe('language addresses', () => {
  it('puts pages under the language prefix and leaves data, files and English alone', () => {
    expect(localizedHref('/', 'ru')).toBe('/ru')
    expect(localizedHref('/?asOf=2020-01-01', 'ru')).toBe('/ru?asOf=2020-01-01')
    expect(localizedHref('/#main', 'ru')).toBe('/ru#main')
    expect(localizedHref('/matrix?asOf=2020-01-01&forums=SCO', 'ru')).toBe('/ru/matrix?asOf=2020-01-01&forums=SCO')
    expect(localizedHref('/forums/C5%2BUS', 'ru')).toBe('/ru/forums/C5%2BUS')
    expect(localizedHref('/data/releases', 'ru')).toBe('/ru/data/releases')
    // The API's documentation is a page; its endpoints are not.
    expect(localizedHref('/api', 'ru')).toBe('/ru/api')
    expect(localizedHref('/api#api-matrix', 'ru')).toBe('/ru/api#api-matrix')
    for (const href of [
      '/api/matrix.csv?x=1',
      '/api/openapi.json',
      '/changes.csv',
      '/changes.atom',
      '/og/matrix.png',
      '/admin',
      '/data/releases/forum-atlas-data-2026.12.zip',
      '//evil.example/x',
      'https://example.org/',
    ]) {
      expect(localizedHref(href, 'ru')).toBe(href)
    }
    expect(localizedHref('/matrix', 'en')).toBe('/matrix')
  })

  it('reads the language off a visible address', () => {
    expect(splitLocalePath('/ru')).toEqual({ locale: 'ru', path: '/' })
    expect(splitLocalePath('/ru/matrix')).toEqual({ locale: 'ru', path: '/matrix' })
    expect(splitLocalePath('/rules')).toEqual({ locale: 'en', path: '/rules' })
    expect(splitLocalePath('/matrix')).toEqual({ locale: 'en', path: '/matrix' })
  })

  it('ranks Accept-Language by q and suggests only a language other than the page’s', () => {
    expect(acceptedLocales('ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual(['ru', 'en'])
    expect(acceptedLocales('en;q=0.5, ru;q=0.8, kk')).toEqual(['ru', 'en'])
    expect(acceptedLocales('ru;q=0, en')).toEqual(['en'])
    expect(acceptedLocales('*')).toEqual([])
    expect(acceptedLocales(null)).toEqual([])
    expect(suggestedLocale('ru-RU,ru;q=0.9,en;q=0.8', 'en')).toBe('ru')
    expect(suggestedLocale('ru-RU,ru;q=0.9,en;q=0.8', 'ru')).toBeNull()
    expect(suggestedLocale('en-GB,en;q=0.9,ru;q=0.5', 'en')).toBeNull()
    expect(suggestedLocale('en-GB,en;q=0.9,ru;q=0.5', 'ru')).toBe('en')
    expect(suggestedLocale('de-DE', 'en')).toBeNull()
  })
})

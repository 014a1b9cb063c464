import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { formatUsd, formatUsdExact } from '@/components/trade/format'
import { formatDay } from '../dates'
import { messageKeys } from './messages'
import en from '@/messages/en.json'
import ru from '@/messages/ru.json'

describe('dates in both languages', () => {
  it('writes a day, a month and a year as precisely as known', () => {
    expect(formatDay('2026-12-04')).toBe('4 Dec 2026')
    expect(formatDay('2026-12-04', 'day', 'ru')).toBe('4 дек. 2026')
    expect(formatDay('2024-05-01', 'month', 'ru')).toBe('май 2024')
    expect(formatDay('2024-05-01', 'month')).toBe('May 2024')
    expect(formatDay('2024-01-01', 'year', 'ru')).toBe('2024')
    expect(formatDay(null, 'day', 'ru')).toBe('')
  })

  it('uses the month names Intl (CLDR) uses in Russian, without the year mark "г."', () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-04`
      const date = new Date(`${day}T00:00:00Z`)
      const intlDay = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date)
      const intlMonth = new Intl.DateTimeFormat('ru', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
      expect(formatDay(day, 'day', 'ru')).toBe(intlDay.replace(/\s*г\.$/, ''))
      expect(formatDay(day, 'month', 'ru')).toBe(intlMonth.replace(/\s*г\.$/, ''))
    }
  })
})

describe('money in both languages', () => {
  it('abbreviates as each language does', () => {
    expect(formatUsd(89.4e9)).toBe('$89.4 bn')
    expect(formatUsd(89.4e9, 'ru')).toBe('89,4\u00a0млрд долл.')
    expect(formatUsd(98.79e6, 'ru')).toBe('98,8\u00a0млн долл.')
    expect(formatUsd(250e9, 'ru')).toBe('250\u00a0млрд долл.')
    expect(formatUsd(12_345, 'ru')).toBe('12\u00a0тыс. долл.')
    expect(formatUsd(12_345)).toBe('$12 k')
    expect(formatUsd(512, 'ru')).toBe('512 долл.')
  })

  it('writes the exact figure with each language’s separators', () => {
    expect(formatUsdExact('1234567.5')).toBe('US$ 1,234,567.50')
    expect(formatUsdExact('1234567.5', 'ru')).toBe('1\u00a0234\u00a0567,50 долл. США')
  })
})

describe('messages', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(ru)).toEqual(messageKeys(en))
  })

  it('has no empty message and no English message left untranslated in Russian, but for names and codes', () => {
    const english = new Map(messageKeys(en).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)]))
    for (const key of messageKeys(ru)) {
      const value = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ru) as string
      expect(value.trim(), key).not.toBe('')
      // Letters of the Latin alphabet in a Russian message are names (forum-atlas, CSV, JSON, API, BibTeX…), never English words.
      if (value === english.get(key)) expect(/[a-z]{4,}/.test(value.replace(/forum-atlas|\{[^}]*\}|<\/?\w+>|https?:\S+/g, '')), key).toBe(false)
    }
  })

  it('has Russian plurals in three forms and English in two', () => {
    const tRu = createTranslator({ locale: 'ru', messages: ru, namespace: 'common' })
    const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'common' })
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((count) => tRu('parties', { count }))).toEqual([
      '1 участник',
      '2 участника',
      '5 участников',
      '11 участников',
      '21 участник',
      '22 участника',
      '25 участников',
      '101 участник',
    ])
    expect([1, 2, 5].map((count) => tEn('parties', { count }))).toEqual(['1 party', '2 parties', '5 parties'])
    expect(tRu('forums', { count: 3 })).toBe('3 форума')
    expect(tRu('members', { count: 14 })).toBe('14 членов')
  })
})

describe('a date after "since"', () => {
  it('declines a Russian month alone and leaves other dates as they are', async () => {
    const { sinceDay } = await import('../dates')
    expect(sinceDay('2010-04-01', 'month', 'ru')).toBe('апреля 2010\u00a0г.')
    expect(sinceDay('2010-04-05', 'day', 'ru')).toBe('5 апр. 2010')
    expect(sinceDay('2010-04-01', 'month', 'en')).toBe('Apr 2010')
  })
})

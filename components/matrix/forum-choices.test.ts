import { describe, expect, it } from 'vitest'
import { packForumChoices, unpackForumChoices, type ForumChoice } from './forum-choices'

describe('the forum choices packed for the payload', () => {
  const forums: ForumChoice[] = [
    { code: 'SCO', shortName: 'ШОС', name: 'Шанхайская организация сотрудничества', kind: 'treaty_organization' },
    { code: 'C5+JP', shortName: 'C5+JP', name: 'Central Asia + Japan Dialogue', kind: 'dialogue', lang: 'en' },
    { code: '3+3', shortName: '3+3', name: 'Консультативная региональная платформа "3+3"', kind: 'process' },
    { code: 'X', shortName: 'X', name: 'X', kind: 'process' },
  ]

  it('gives back the same forums, in order, with a language only where one was given', () => {
    const back = unpackForumChoices(packForumChoices(forums))
    expect(back).toEqual(forums)
    expect('lang' in back[0]).toBe(false)
    expect(back[1].lang).toBe('en')
  })

  it('packs no forums as an empty string and unpacks it as none', () => {
    expect(packForumChoices([])).toBe('')
    expect(unpackForumChoices('')).toEqual([])
  })

  it('is much smaller than the objects', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ code: `F${i}`, shortName: `F${i}`, name: `Forum ${i}`, kind: 'treaty_organization' }))
    expect(packForumChoices(many).length).toBeLessThan(JSON.stringify(many).length / 2)
  })

  it('refuses a name holding a tab or a line break, naming the forum', () => {
    expect(() => packForumChoices([{ code: 'BAD', shortName: 'B', name: 'a\tb', kind: 'process' }])).toThrow(/BAD/)
    expect(() => packForumChoices([{ code: 'BAD2', shortName: 'B\nC', name: 'a', kind: 'process' }])).toThrow(/BAD2/)
  })
})

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

  it('sends a tab or a line break inside a name as a space (as HTML shows it), keeping every other forum intact', () => {
    const odd = [
      { code: 'ODD', shortName: 'O\tD', name: 'an\r\nodd\tname', kind: 'process' },
      { code: 'NEXT', shortName: 'N', name: 'Next', kind: 'dialogue' },
    ]
    expect(unpackForumChoices(packForumChoices(odd))).toEqual([
      { code: 'ODD', shortName: 'O D', name: 'an odd name', kind: 'process' },
      { code: 'NEXT', shortName: 'N', name: 'Next', kind: 'dialogue' },
    ])
  })
})

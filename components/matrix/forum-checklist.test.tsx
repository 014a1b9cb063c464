import { renderToStaticMarkup } from 'react-dom/server'
import { NextIntlClientProvider } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import { packForumChoices, type ForumChoice } from './forum-choices'
import { ForumChecklist } from './forum-checklist'
import { PickerTermsProvider } from '../ui/picker-terms'

/**
 * The checklist keeps the last markup it wrote and reuses it while the list, the choice and the
 * search terms are the same (a server writes it for every day's matrix): a render with any of them
 * changed must write what that render shows, never the kept markup.
 */
describe('the forum checklist’s kept markup', () => {
  const forums: ForumChoice[] = [
    { code: 'SCO', shortName: 'SCO', name: 'Shanghai Cooperation Organisation', kind: 'treaty_organization' },
    { code: 'CSTO', shortName: 'CSTO', name: 'Collective Security Treaty Organization', kind: 'treaty_organization' },
    { code: 'C5+1', shortName: 'C5+1', name: 'C5+1', kind: 'dialogue_platform' },
  ]
  const render = (packed: string, chosen: string[], terms: Record<string, string[]> | null = null) =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
        <PickerTermsProvider terms={terms}>
          <ForumChecklist packed={packed} isChecked={(f) => chosen.includes(f.code)} onChange={() => {}} />
        </PickerTermsProvider>
      </NextIntlClientProvider>,
    )
  const ticked = (html: string) => [...html.matchAll(/<input type=checkbox name=forums value=([^ >]+)( checked)?>/g)].filter((m) => m[2]).map((m) => m[1])
  const packed = packForumChoices(forums)

  it('writes the choice of each render, the same list chosen differently one render after the other', () => {
    expect(ticked(render(packed, ['SCO']))).toEqual(['SCO'])
    expect(ticked(render(packed, ['SCO']))).toEqual(['SCO'])
    expect(ticked(render(packed, ['CSTO', 'C5+1']))).toEqual(['CSTO', 'C5+1'])
    expect(ticked(render(packed, []))).toEqual([])
  })

  it('writes a new list, and new search terms, instead of the kept markup', () => {
    const renamed = packForumChoices(forums.map((f) => (f.code === 'SCO' ? { ...f, name: 'ШОС', shortName: 'ШОС' } : f)))
    expect(render(renamed, ['SCO'])).toContain('ШОС')
    expect(render(packed, ['SCO'])).not.toContain('ШОС')
    expect(render(packed, ['SCO'], { CSTO: ['ОДКБ'] })).toContain('data-find="collective security treaty organization csto csto одкб"')
    expect(render(packed, ['SCO'])).not.toContain('одкб')
  })
})

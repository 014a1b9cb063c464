import { renderToStaticMarkup } from 'react-dom/server'
import { NextIntlClientProvider } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import en from '@/messages/en.json'
import ru from '@/messages/ru.json'
import { ENGLISH_BODY_WORDS, matrixBodyHtml, packStatuses, type MatrixBodyData } from './matrix-body-html'
import { StatusChip, statusChipHtml } from '../ui/status-chip'

describe('matrixBodyHtml', () => {
  const html = matrixBodyHtml({
    forums: [
      { code: 'SCO', shortName: 'SCO', existed: true },
      { code: 'EURASEC', shortName: 'EurAsEC', existed: false },
      { code: 'C5+US', shortName: 'C5+1', existed: true },
    ],
    comparedWith: '9 Jun 2016',
    rows: [
      { code: 'IND', shortName: 'India', region: 'South Asia', statuses: packStatuses(['member', '', '']), changed: { SCO: 'observer' } },
      { code: 'X&Y', shortName: 'Name <b>"quoted"</b>', region: 'Global', statuses: packStatuses(['', '', 'partner']), changed: { 'C5+US': null } },
    ],
  })

  it('writes one row per party: its heading, then one cell per forum with the attributes the page relies on', () => {
    expect(html).toBe(
      [
        '<tr data-party=IND><th scope=row tabindex=0><a href=/parties/IND>India</a><span class=row-region>South Asia</span></th>',
        '<td class="cell changed" data-forum=SCO data-status=member><span class="chip status-member"><span aria-hidden=true>M</span><span class=sr-only>Member</span></span>',
        '<span class=changed-mark title="changed since 9 Jun 2016: was observer">◆<span class=sr-only> changed since 9 Jun 2016, was observer</span></span></td>',
        '<td class="cell absent" data-forum=EURASEC data-status><span class="chip chip-absent" aria-label="EurAsEC did not exist">–</span></td>',
        '<td class=cell data-forum=C5+US data-status></td></tr>',
        '<tr data-party="X&amp;Y"><th scope=row><a href="/parties/X%26Y">Name &lt;b&gt;"quoted"&lt;/b&gt;</a><span class=row-region>Global</span></th>',
        '<td class=cell data-forum=SCO data-status></td>',
        '<td class="cell absent" data-forum=EURASEC data-status><span class="chip chip-absent" aria-label="EurAsEC did not exist">–</span></td>',
        '<td class="cell changed" data-forum=C5+US data-status=partner><span class="chip status-partner"><span aria-hidden=true>P</span><span class=sr-only>Partner</span></span>',
        '<span class=changed-mark title="changed since 9 Jun 2016: was outside">◆<span class=sr-only> changed since 9 Jun 2016, was outside</span></span></td></tr>',
      ].join(''),
    )
  })
})

describe('matrixBodyHtml, rows that share cells', () => {
  it('writes a cell the same in every row that has it, and a mark only in the row that has one', () => {
    const forums = [
      { code: 'SCO', shortName: 'SCO', existed: true },
      { code: 'CSTO', shortName: 'CSTO', existed: true },
    ]
    const row = (code: string, extra: Partial<MatrixBodyData['rows'][number]> = {}) => ({
      code,
      shortName: code,
      region: 'Central Asia',
      statuses: packStatuses(['member', 'observer']),
      changed: {},
      ...extra,
    })
    const html = matrixBodyHtml({
      forums,
      comparedWith: '9 Jun 2016',
      rows: [row('KAZ'), row('KGZ', { changed: { SCO: 'observer' } }), row('TJK', { applied: { CSTO: 'member, 2020' } }), row('UZB')],
    })
    const cells = (party: string) => [...new RegExp(`<tr data-party=${party}>.*?</tr>`).exec(html)![0].matchAll(/<td.*?<\/td>/g)].map((m) => m[0])
    expect(cells('UZB')).toEqual(cells('KAZ'))
    expect(cells('KAZ').join('')).not.toMatch(/changed|applied/)
    expect(cells('KGZ')[0]).toContain('changed-mark')
    expect(cells('KGZ')[1]).toBe(cells('KAZ')[1])
    expect(cells('TJK')[0]).toBe(cells('KAZ')[0])
    expect(cells('TJK')[1]).toContain('data-applied="member, 2020"')
    expect(cells('UZB').join('')).not.toMatch(/changed|applied/)
  })
})

describe('packStatuses', () => {
  it('writes one character per status, and the body reads every status back', () => {
    expect(packStatuses(['member', '', 'suspended', null])).toBe('0-5-')
    const html = matrixBodyHtml({
      forums: MEMBERSHIP_STATUSES.map((s) => ({ code: s, shortName: s, existed: true })),
      comparedWith: '',
      rows: [{ code: 'P', shortName: 'P', region: 'R', statuses: packStatuses([...MEMBERSHIP_STATUSES]), changed: {} }],
    })
    expect([...html.matchAll(/data-status=(\w*)/g)].map((m) => m[1])).toEqual([...MEMBERSHIP_STATUSES])
  })
})

describe('statusChipHtml', () => {
  const normalise = (html: string) => html.replace(/="([^"\s=<>`']+)"/g, '=$1')
  const rendered = (status: (typeof MEMBERSHIP_STATUSES)[number], locale: 'en' | 'ru') =>
    normalise(
      renderToStaticMarkup(
        <NextIntlClientProvider locale={locale} messages={locale === 'en' ? en : ru}>
          <StatusChip status={status} />
        </NextIntlClientProvider>,
      ),
    )

  it('is the markup StatusChip renders, for every status', () => {
    for (const status of MEMBERSHIP_STATUSES) expect(statusChipHtml(status).html).toBe(rendered(status, 'en'))
  })

  it('is, given the words of another language, the markup StatusChip renders in it', () => {
    for (const status of MEMBERSHIP_STATUSES) {
      const words = { short: ru.statuses.short[status], label: ru.statuses[status] }
      expect(statusChipHtml(status, words).html).toBe(rendered(status, 'ru'))
    }
  })
})

describe('matrixBodyHtml in Russian', () => {
  it('links the party to its Russian page, marks an untranslated name as English and writes the marks in Russian', () => {
    const html = matrixBodyHtml(
      {
        forums: [
          { code: 'SCO', shortName: 'ШОС', existed: true },
          { code: 'EURASEC', shortName: 'ЕврАзЭС', existed: false },
        ],
        comparedWith: '9 июн. 2016',
        rows: [
          {
            code: 'IND',
            shortName: 'India',
            lang: 'en',
            region: 'Южная Азия',
            statuses: packStatuses(['member', '']),
            changed: { SCO: 'observer' },
            applied: { SCO: 'x' },
          },
        ],
      },
      {
        ...ENGLISH_BODY_WORDS,
        locale: 'ru',
        statuses: { ...ENGLISH_BODY_WORDS.statuses, member: { short: 'Чл', label: 'Член' } },
        didNotExist: (forum) => `форум ${forum} не существовал`,
        changedTitle: (date, was) => `изменение с ${date}: прежде — ${was}`,
        changedText: (date, was) => ` изменение с ${date}, прежде — ${was}`,
        appliedLetter: 'З',
      },
    )
    expect(html).toContain('<a href=/ru/parties/IND lang=en>India</a>')
    expect(html).toContain('<span aria-hidden=true>Чл</span><span class=sr-only>Член</span>')
    expect(html).toContain('title="изменение с 9 июн. 2016: прежде — observer"')
    expect(html).toContain('aria-label="форум ЕврАзЭС не существовал"')
    expect(html).toContain('<span class=applied-mark title=x>З<span class=sr-only> x</span></span>')
  })
})

describe('the application mark', () => {
  it('marks a cell whose party applied for a status it does not hold, with what and when, for screen readers too', async () => {
    const { appliedMarks } = await import('@/lib/transforms/applications')
    const applications = [
      { partyCode: 'ARM', forumCode: 'SCO', soughtStatus: 'member' as const, applied: '2025-07-01', appliedPrecision: 'month' as const },
      { partyCode: 'BLR', forumCode: 'SCO', soughtStatus: 'member' as const, applied: '2022-07-01', appliedPrecision: 'month' as const },
    ]
    const status: Record<string, string> = { ARM: 'partner', BLR: 'member' }
    const marks = appliedMarks(applications, '2026-01-01', (party) => status[party] as 'member')
    expect(marks).toEqual({ ARM: { SCO: 'applied for member status, Jul 2025' } }) // Belarus is a member by then: no mark
    expect(appliedMarks(applications, '2025-06-30', () => 'partner')).toEqual({ BLR: { SCO: 'applied for member status, Jul 2022' } })
    const html = matrixBodyHtml({
      forums: [{ code: 'SCO', shortName: 'SCO', existed: true }],
      comparedWith: '1 Jan 2025',
      rows: [{ code: 'ARM', shortName: 'Armenia', region: 'South Caucasus', statuses: packStatuses(['partner']), changed: {}, applied: marks.ARM }],
    })
    expect(html).toContain('data-applied="applied for member status, Jul 2025"')
    expect(html).toMatch(
      /<span class="?applied-mark"? title="applied for member status, Jul 2025">A<span class="?sr-only"?> applied for member status, Jul 2025<\/span><\/span>/,
    )
  })
})

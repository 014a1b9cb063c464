import { describe, expect, it } from 'vitest'
import { atomProblems } from '../../tests/support/atom-schema'
import type { DatedChange } from '../transforms/changes'
import { changesAtom, changeTitle, xml } from './changes-atom'

/** The Atom feed of /changes against the normative schema of RFC 4287 (tests/fixtures/atom/). */

const source = {
  id: 's',
  title: 'TASS: "SCO" <summit> & more',
  publisher: 'TASS',
  url: 'https://tass.com/world/1812345?a=1&b=2',
  published: null,
  kind: 'news',
}
const base = {
  precision: 'day' as const,
  forumCode: 'SCO',
  forumName: 'Shanghai Cooperation Organisation',
  note: null,
  source,
  event: null,
  role: null,
}
const changes: DatedChange[] = [
  {
    ...base,
    day: '2024-07-04',
    kind: 'summit',
    partyCode: null,
    partyName: null,
    previousStatus: null,
    status: null,
    event: {
      id: 'sco-2024-astana',
      kind: 'summit',
      title: '24th SCO summit',
      place: 'Astana, Kazakhstan',
      endDate: null,
      hosts: [{ code: 'KAZ', name: 'Kazakhstan' }],
    },
  },
  {
    ...base,
    day: '2024-07-04',
    kind: 'joined',
    partyCode: 'BLR',
    partyName: 'Belarus',
    previousStatus: null,
    status: 'member',
    note: 'A note with \u0007 a bell, <b>tags</b> & ampersands',
  },
  { ...base, day: '2023-07-04', kind: 'status-changed', partyCode: 'IRN', partyName: 'Iran', previousStatus: 'observer', status: 'member' },
  { ...base, day: '2022-07-01', precision: 'month', kind: 'applied', partyCode: 'BLR', partyName: 'Belarus', previousStatus: 'observer', status: 'member' },
  {
    ...base,
    day: '2013-01-01',
    precision: 'year',
    kind: 'left',
    partyCode: 'UZB',
    partyName: 'Uzbekistan',
    previousStatus: 'member',
    status: null,
    forumCode: 'C5+X',
  },
]
const feed = (over: Partial<Parameters<typeof changesAtom>[0]> = {}) =>
  changesAtom(
    { forum: 'SCO', party: null, kind: null, forumName: 'Shanghai Cooperation Organisation', changes, ...over },
    'https://atlas.example.org',
    '2026-06-30',
  )

describe('the Atom feed of the changes', () => {
  it('is valid against the RELAX NG schema of RFC 4287, with awkward text and an empty feed too', async () => {
    expect(await atomProblems(feed())).toEqual([])
    expect(await atomProblems(feed({ changes: [] }))).toEqual([])
    expect(await atomProblems(feed({ forum: null, party: 'BLR', kind: 'membership', forumName: undefined, partyName: 'Belarus' }))).toEqual([])
  }, 60_000)

  it('fails a broken feed: the check can fail', async () => {
    const good = feed()
    // A date that is no xsd:dateTime, a feed without its id, an entry without a title, a second feed
    // title, an unknown Atom element, an attribute of no namespace on the feed: each refused by the schema.
    for (const broken of [
      good.replace('<updated>2024-07-04T00:00:00Z</updated>', '<updated>4 Jul 2024</updated>'),
      good.replace(/ {2}<id>[^<]*<\/id>\n/, ''),
      good.replace(/ {4}<title type="text">[^<]*<\/title>\n/, ''),
      good.replace('<subtitle', '<title>second</title>\n  <subtitle'),
      good.replace('<generator', '<colour>red</colour>\n  <generator'),
      good.replace('<feed xmlns="http://www.w3.org/2005/Atom"', '<feed xmlns="http://www.w3.org/2005/Atom" version="1.0"'),
      good.replace('xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://purl.org/atom/ns#"'),
    ]) {
      expect(broken).not.toBe(good)
      expect(await atomProblems(broken), broken.slice(0, 400)).not.toEqual([])
    }
    // The Schematron rules: no author anywhere; an entry with neither an alternate link nor a content.
    expect(await atomProblems(good.replace(/ {2}<author>.*<\/author>\n/, ''))).toContain(
      'an atom:feed must have an atom:author unless all of its entries have one',
    )
    expect(await atomProblems(good.replace(/ {4}<link rel="alternate"[^>]*>\n/, ''))).toContain(
      'an atom:entry must have a link with rel="alternate" or a content',
    )
    // Nine validations in WebAssembly: seconds on a busy machine, beyond vitest's default of five.
  }, 60_000)

  it('carries the feed-level id, title, updated, author and self link, and per entry a stable permalink id, link, summary and source', () => {
    const doc = feed()
    expect(doc).toContain('<id>https://atlas.example.org/changes.atom?forum=SCO</id>')
    expect(doc).toContain('<title type="text">forum-atlas: what changed in Shanghai Cooperation Organisation</title>')
    expect(doc).toContain('<updated>2024-07-04T00:00:00Z</updated>')
    expect(doc).toContain('<link rel="self" type="application/atom+xml" href="https://atlas.example.org/changes.atom?forum=SCO"/>')
    const ids = [...doc.matchAll(/<entry>\n {4}<id>([^<]*)<\/id>/g)].map((m) => m[1].replace(/&amp;/g, '&'))
    expect(ids).toEqual([
      'https://atlas.example.org/changes?from=2024-07-03&to=2024-07-04&forum=SCO&kind=summit#2024-07-04-SCO-summit-sco-2024-astana',
      'https://atlas.example.org/changes?from=2024-07-03&to=2024-07-04&forum=SCO&party=BLR#2024-07-04-SCO-BLR-joined',
      'https://atlas.example.org/changes?from=2023-07-03&to=2023-07-04&forum=SCO&party=IRN#2023-07-04-SCO-IRN-status-changed',
      'https://atlas.example.org/changes?from=2022-06-30&to=2022-07-01&forum=SCO&party=BLR#2022-07-01-SCO-BLR-applied-member',
      'https://atlas.example.org/changes?from=2012-12-31&to=2013-01-01&forum=C5%2BX&party=UZB#2013-01-01-C5_X-UZB-left',
    ])
    // The same change has the same id in a feed of another filter.
    expect(feed({ forum: null, party: 'BLR' })).toContain(`<id>${xml(ids[1])}</id>`)
    expect(doc).toContain(`<link rel="via" href="${xml(source.url)}" title="${xml(source.title)}"/>`)
    expect(doc).toMatch(
      /<summary type="text">Jul 2022: Belarus applied to become a member of Shanghai Cooperation Organisation \(SCO\) \(it was an observer\)\./,
    )
    expect(doc).toContain('A note with  a bell, &lt;b&gt;tags&lt;/b&gt; &amp; ampersands')
    expect(changeTitle(changes[0])).toBe('Summit of Shanghai Cooperation Organisation (SCO): 24th SCO summit')
  })
})

import { describe, expect, it } from 'vitest'
import { apaCitation, bibKey, bibtexCitation, citationFor, risCitation } from './citation'

const view = {
  title: 'Membership matrix on 1 Jan 2010: SCO & CSTO, 100% of members',
  permalink: 'https://atlas.example/matrix?date=2010-01-01&forums=SCO,CSTO',
  version: '2026.12',
  accessed: '2027-02-03',
  released: '2026-12-05',
}

describe('citations', () => {
  it('APA names the group author, the release year, the title, the version, the access date and the permalink', () => {
    expect(apaCitation(view)).toBe(
      'forum-atlas. (2026). Membership matrix on 1 Jan 2010: SCO & CSTO, 100% of members (Version 2026.12) [Data set]. Retrieved February 3, 2027, from https://atlas.example/matrix?date=2010-01-01&forums=SCO,CSTO',
    )
  })

  it('BibTeX escapes the title, keeps the address as it is, and balances its braces', () => {
    const bib = bibtexCitation(view)
    expect(bib).toMatch(/^@misc\{forumatlas-2026-12-membership-matrix-on-1-jan-2010-sco-csto-100-of,\n/)
    expect(bib).toContain('title        = {{Membership matrix on 1 Jan 2010: SCO \\& CSTO, 100\\% of members}},')
    expect(bib).toContain(`url          = {${view.permalink}},`)
    expect(bib).toContain('urldate      = {2027-02-03},')
    expect(bib).toContain('version      = {2026.12},')
    let depth = 0
    for (const ch of bib.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
    expect(bib.endsWith('\n}')).toBe(true)
  })

  it('RIS is a DATA record with the version as edition, the address and the access date, CRLF lines, ending ER', () => {
    const lines = risCitation(view).split('\r\n')
    expect(lines[0]).toBe('TY  - DATA')
    expect(lines).toContain('ET  - 2026.12')
    expect(lines).toContain(`UR  - ${view.permalink}`)
    expect(lines).toContain('Y2  - 2027/02/03')
    expect(lines.at(-2)).toBe('ER  - ')
    expect(lines.at(-1)).toBe('')
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /)
  })

  it('leaves out the address and access date when there is no address', () => {
    const c = citationFor({ ...view, permalink: undefined })
    expect(c.apa).toBe('forum-atlas. (2026). Membership matrix on 1 Jan 2010: SCO & CSTO, 100% of members (Version 2026.12) [Data set].')
    expect(c.bibtex).not.toMatch(/url|accessed/)
    expect(c.ris).not.toMatch(/UR {2}-|Y2 {2}-/)
  })

  it('makes keys of letters, digits and hyphens only', () => {
    expect(bibKey({ title: 'Türkiye’s trade with Kazakhstan, 1992–2025', version: '2026.12.1', accessed: '2026-12-05' })).toBe(
      'forumatlas-2026-12-1-turkiye-s-trade-with-kazakhstan-1992-2025',
    )
  })
})

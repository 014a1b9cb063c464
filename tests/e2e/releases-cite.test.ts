import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { describe, expect, inject, it } from 'vitest'
import { LATEST_RELEASE } from '../../lib/release/manifest'
import { releaseFileName } from '../../lib/release/schema'
import { browserPage, chromiumAvailable, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * #21.2 and #21.3: the releases page serves each release's zip as committed (its digest as listed),
 * and every view has a "Cite" whose APA, BibTeX and RIS name the dataset version, the view's
 * permalink (with its day pinned) and the day it was accessed.
 */

const servers = inject('servers')
const hasBrowser = chromiumAvailable()
const today = () => new Date().toISOString().slice(0, 10)

/** The text of each <pre data-cite-format> of a page, HTML entities decoded. */
function citations(html: string): Record<string, string> {
  const decode = (s: string) =>
    s
      .replace(/<!-- -->/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&')
  return Object.fromEntries([...html.matchAll(/<pre[^>]*data-cite-format="(\w+)"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => [m[1], decode(m[2])]))
}

describe.each(servers)('releases on $target', ({ url }) => {
  const file = releaseFileName(LATEST_RELEASE.version)

  it('lists the newest release with its download, size, digests and changes', async () => {
    const html = await (await fetch(`${url}/data/releases`)).text()
    expect(html).toContain(`id="${LATEST_RELEASE.version}"`)
    expect(html).toContain(`href="/data/releases/${file}"`)
    expect(html).toContain(LATEST_RELEASE.zipSha256)
    expect(html).toContain(LATEST_RELEASE.dataSha256)
    for (const change of LATEST_RELEASE.changes) expect(html).toContain(change.text.slice(0, 40).replace(/'/g, '&#x27;'))
  })

  it('serves the committed zip, whose sha256 is the one listed, and every file in it parses', async () => {
    const res = await fetch(`${url}/data/releases/${file}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`)
    expect(res.headers.get('link')).toContain('rel="license"')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(LATEST_RELEASE.zipSha256)
    expect(Buffer.from(bytes).equals(readFileSync(`prisma/data/releases/${file}`))).toBe(true)
    const files = unzipSync(bytes)
    expect(Object.keys(files)).toContain(`forum-atlas-data-${LATEST_RELEASE.version}/codebook.csv`)
  })

  it('answers 404 naming the releases for a file that is not one', async () => {
    const res = await fetch(`${url}/data/releases/forum-atlas-data-1999.01.zip`)
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: string }).error).toContain(file)
  })

  it('gives every view a citation with the version, its permalink and the access date', async () => {
    const views: { path: string; permalink: string; title: RegExp }[] = [
      { path: '/matrix?asOf=2010-01-01', permalink: '/matrix?asOf=2010-01-01', title: /^Membership matrix on 1 Jan 2010$/ },
      { path: '/matrix', permalink: `/matrix?asOf=${today()}`, title: /^Membership matrix on / },
      { path: '/map?forum=SCO&asOf=2020-01-01', permalink: '/map?forum=SCO&asOf=2020-01-01', title: /^Membership map of SCO on 1 Jan 2020$/ },
      {
        path: '/overlaps?forums=SCO,CSTO&asOf=2020-01-01',
        permalink: '/overlaps?forums=SCO%2CCSTO&asOf=2020-01-01',
        title: /^Overlaps of SCO, CSTO on 1 Jan 2020$/,
      },
      { path: '/alignment?asOf=2020-01-01', permalink: '/alignment?asOf=2020-01-01', title: /^Alignment of forum memberships on 1 Jan 2020$/ },
      {
        path: '/trade?reporters=KAZ&from=2000&to=2010',
        permalink: '/trade?reporters=KAZ&from=2000&to=2010',
        title: /^Trade of Kazakhstan by partner, 2000–2010$/,
      },
      { path: '/events?forum=SCO', permalink: '/events?forum=SCO', title: /^Events of SCO$/ },
      { path: '/forums/SCO', permalink: '/forums/SCO', title: /^Shanghai Cooperation Organi[sz]ation: members, statuses and history$/ },
      { path: '/parties/KAZ', permalink: '/parties/KAZ', title: /^Kazakhstan: forum memberships and trade$/ },
      { path: '/data', permalink: '/data', title: /^forum-atlas dataset$/ },
      { path: '/data/releases', permalink: `/data/releases#${LATEST_RELEASE.version}`, title: /^forum-atlas dataset$/ },
    ]
    for (const view of views) {
      const before = today()
      const html = await (await fetch(`${url}${view.path}`)).text()
      const accessed = [before, today()]
      const cite = citations(html)
      expect(Object.keys(cite).sort(), view.path).toEqual(['apa', 'bibtex', 'ris'])
      const permalink = `${url}${view.permalink}`
      const apa = cite.apa.match(/^forum-atlas\. \((\d{4})\)\. (.+) \(Version ([\d.]+)\) \[Data set\]\. Retrieved (\w+ \d+, \d{4}), from (\S+)$/)
      expect(apa, `${view.path}: ${cite.apa}`).not.toBeNull()
      expect(apa![2], view.path).toMatch(view.title)
      expect(apa![3]).toBe(LATEST_RELEASE.version)
      expect(
        accessed.map((d) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })),
      ).toContain(apa![4])
      expect(apa![5]).toBe(permalink)
      expect(cite.bibtex).toContain(`url          = {${permalink}}`)
      expect(cite.bibtex).toContain(`version      = {${LATEST_RELEASE.version}}`)
      expect(accessed.map((d) => `urldate      = {${d}}`).some((line) => cite.bibtex.includes(line))).toBe(true)
      expect(cite.ris).toContain(`UR  - ${permalink}`)
      expect(cite.ris).toContain(`ET  - ${LATEST_RELEASE.version}`)
      expect(cite.ris.startsWith('TY  - DATA')).toBe(true)
    }
  })
})

for (const server of browserServer(servers)) {
  for (const width of [1280, 390]) {
    describe.skipIf(!hasBrowser)(`"Cite" in chromium at ${width} px`, () => {
      const held = browserPage({ viewport: { width, height: 900 } })

      it('opens, shows the three formats within the page width, and copies each to the clipboard', async () => {
        const { page } = held
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
        await openHydrated(page, `${server.url}/overlaps?forums=SCO,CSTO&asOf=2020-01-01`)
        const cite = page.locator('details[data-cite]')
        await expect.poll(() => cite.locator('pre').first().isVisible()).toBe(false)
        await cite.locator('summary').click()
        for (const format of ['APA', 'BibTeX', 'RIS']) {
          const shown = (await cite.locator(`pre[aria-label="${format} citation"]`).textContent()) ?? ''
          await cite.getByRole('button', { name: `Copy ${format}` }).click()
          await expect.poll(() => cite.getByRole('status').filter({ hasText: 'Copied' }).count()).toBeGreaterThan(0)
          // HTML turns the RIS's CRLF line ends into LF on the page; the clipboard gets the RIS as written.
          const copied = await page.evaluate(() => navigator.clipboard.readText())
          expect(copied.replace(/\r\n/g, '\n')).toBe(shown)
          if (format === 'RIS') expect(copied).toMatch(/^TY {2}- DATA\r\n[\s\S]*\r\nER {2}- \r\n$/)
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow).toBeLessThanOrEqual(0)
      })
    })
  }
}

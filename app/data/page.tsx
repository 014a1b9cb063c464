import type { ReactNode } from 'react'
import { CODE_LICENCE, DATA_LICENCE, DATA_LICENCE_FILE, IMF_TERMS_URL } from '@/lib/licences'
import type { Metadata } from 'next'
import { connection } from 'next/server'
import { ResearchRecipes } from '@/components/data/research-recipes'
import { Table } from '@/components/tables/table'
import { EVENT_CSV_COLUMNS } from '@/lib/downloads/events'
import { MEMBERSHIP_CSV_COLUMNS } from '@/lib/downloads/memberships'
import { SOURCES_CSV_COLUMNS } from '@/lib/downloads/sources'
import { TRADE_EXPORT_COLUMNS } from '@/lib/downloads/trade-export'
import { getOverview } from '@/lib/queries/overview'
import { CiteThis } from '@/components/ui/cite-this'
import Link from '@/components/ui/link'
import { LATEST_RELEASE } from '@/lib/release/manifest'
import { releaseFileName } from '@/lib/release/schema'
import { formatDay } from '@/lib/dates'

export const metadata: Metadata = {
  title: 'Data & API',
  description:
    'Bulk downloads of every table of forum-atlas (memberships, events, trade, sources, the COW IGO layout), with their columns, sizes and the terms they come under.',
}

const EXAMPLES = [
  { href: '/api/memberships.csv', what: 'every membership interval, as CSV' },
  { href: '/api/memberships.csv?asOf=2017-06-01&forums=SCO', what: 'SCO on 1 June 2017, before India and Pakistan joined' },
  { href: '/api/memberships.csv?asOf=2017-06-10&forums=SCO', what: 'SCO on 10 June 2017, after' },
  { href: '/api/memberships?parties=KAZ,UZB&forums=CSTO,EAEU', what: 'Kazakhstan and Uzbekistan in CSTO and EAEU, as JSON' },
]

interface Download {
  what: string
  href: string
  rows: string
  columns: readonly string[] | string
  terms: string
  licence: ReactNode
}

export default async function DataPage() {
  // Rendered per request, not prerendered: a prerendered page has no CSP nonce, so every one of its
  // scripts was blocked and it never hydrated.
  await connection()
  const counts = await getOverview()
  const n = (v: number) => v.toLocaleString('en-US')
  const downloads: Download[] = [
    {
      what: 'Memberships: every interval, with status, dates and source',
      href: '/api/memberships.csv',
      rows: `${n(counts.memberships)} intervals`,
      columns: MEMBERSHIP_CSV_COLUMNS,
      terms: 'compiled by forum-atlas from the sources cited in each row',
      licence: <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>,
    },
    {
      what: 'Memberships in the Correlates of War IGO layout (state × year)',
      href: '/api/export/cow-igo.csv',
      rows: 'one row per state and year since 1991',
      columns: 'ccode, iso3, state, year, then one column per forum',
      terms: 'the layout and state codes of the Correlates of War IGO data (Pevehouse et al. 2020); the memberships are ours',
      licence: (
        <>
          <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>; cite the COW IGO data for its codes
        </>
      ),
    },
    {
      what: 'Events: summits and meetings with their attendees',
      href: '/api/events.csv',
      rows: `${n(counts.events)} events, one row per attendance`,
      columns: EVENT_CSV_COLUMNS,
      terms: 'compiled from the sources cited in each row',
      licence: <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>,
    },
    {
      what: 'Trade: every stored figure (IMF DOTS to 2020, national statistics after)',
      href: '/api/export/trade.csv',
      rows: `${n(counts.tradeRows)} figures`,
      columns: TRADE_EXPORT_COLUMNS,
      terms: 'IMF Direction of Trade Statistics (cite the IMF) and national statistics offices and customs, as quoted in each figure’s source',
      licence: (
        <>
          IMF figures: the <a href={IMF_TERMS_URL}>IMF&rsquo;s terms</a>; national figures: their publishers&rsquo; terms
        </>
      ),
    },
    {
      what: 'Sources: every citation, and how many facts rest on it',
      href: '/api/export/sources.csv',
      rows: `${n(counts.sources)} sources`,
      columns: SOURCES_CSV_COLUMNS,
      terms: 'bibliographic records; the works cited keep their own terms',
      licence: <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>,
    },
  ]
  return (
    <>
      <h1>Data &amp; API</h1>
      <p className="lede">
        Every table of the dashboard, whole, as CSV (UTF-8, RFC 4180) to cite or to analyse. Each view also downloads exactly what it shows (its own “Download
        CSV”), and every CSV has a JSON twin.
      </p>
      <h2 id="cite">Releases and how to cite</h2>
      <p>
        The newest release of the dataset is <Link href={`/data/releases#${LATEST_RELEASE.version}`}>version {LATEST_RELEASE.version}</Link> (
        {formatDay(LATEST_RELEASE.date)}): one reproducible zip of every table with its sources, a codebook and the licence,{' '}
        <a href={`/data/releases/${releaseFileName(LATEST_RELEASE.version)}`} download>
          {releaseFileName(LATEST_RELEASE.version)}
        </a>
        . <Link href="/data/releases">All releases and what changed in each</Link>. Each view has its own “Cite” button, with its permalink.
      </p>
      <CiteThis title="forum-atlas dataset" path="/data" open />
      <Table
        caption="Bulk downloads"
        columns={[
          {
            id: 'what',
            header: 'Table',
            cell: (d) => (
              <>
                <a href={d.href} download>
                  {d.what}
                </a>
                <br />
                <code>{d.href}</code>
              </>
            ),
          },
          { id: 'rows', header: 'Size', cell: (d) => d.rows },
          { id: 'columns', header: 'Columns', cell: (d) => <code>{typeof d.columns === 'string' ? d.columns : d.columns.join(', ')}</code> },
          { id: 'terms', header: 'Where it comes from', cell: (d) => d.terms },
          { id: 'licence', header: 'Licence', cell: (d) => d.licence },
        ]}
        rows={downloads}
        rowKey={(d) => d.href}
      />
      <p>
        The views download what they show with their own parameters: <a href="/api/matrix.csv">the matrix</a>, <a href="/api/overlaps.csv">overlaps</a>,{' '}
        <a href="/api/alignment.csv">alignment</a>, <a href="/api/trade.csv">a trade selection</a> (with growth and CAGR),{' '}
        <a href="/api/applications.csv">applications</a>. <a href="/api">The API documentation</a> lists every endpoint with its parameters and a live example;
        the same description is at <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1) for tools.
      </p>
      <ResearchRecipes />
      <h2>Memberships by date, forum and party</h2>
      <p>
        <code>GET /api/memberships.csv</code> and <code>GET /api/memberships</code> (JSON), with optional parameters:
      </p>
      <ul>
        <li>
          <code>asOf=YYYY-MM-DD</code>: only the intervals in force on that day (both ends inclusive). Without it, every interval.
        </li>
        <li>
          <code>forums=SCO,EAEU</code>: forum codes, comma-separated (write <code>C5%2BUS</code> or <code>C5+US</code>).
        </li>
        <li>
          <code>parties=KAZ,UZB</code>: party codes (ISO 3166-1 alpha-3 for states).
        </li>
      </ul>
      <p>
        Dates are ISO; an empty <code>valid_to</code> means the interval is still in force; <code>source</code> is the address of the citation (or its title
        when it has none). A bad parameter answers 400 with a JSON message naming it.
      </p>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e.href}>
            <a href={e.href}>
              <code>{e.href}</code>
            </a>{' '}
            — {e.what}
          </li>
        ))}
      </ul>
      <h2>Statuses</h2>
      <p>
        <code>member</code>, <code>observer</code>, <code>partner</code> (dialogue partner; since September 2025 “SCO partner”), <code>associate</code>,{' '}
        <code>applicant</code>, <code>suspended</code> (participation frozen while formally still inside). Participants of a summit format are its members.
      </p>
      <h2 id="licences">Licences</h2>
      <p>
        The dataset — forums, parties, membership intervals, applications, events and attendances, with their dates, notes and the records of their sources — is
        under the <a href={DATA_LICENCE.url}>Creative Commons Attribution 4.0 licence ({DATA_LICENCE.name})</a>: share and adapt it for any purpose, crediting
        forum-atlas with the address of the view or file you used. Trade figures are not ours: those of the IMF&rsquo;s Direction of Trade Statistics come under
        the <a href={IMF_TERMS_URL}>IMF&rsquo;s copyright and usage terms</a> (credit the IMF), national figures under their publishers&rsquo;. The code is
        under the {CODE_LICENCE.name} licence. Every CSV names its licence in a <code>Link: &lt;…&gt;; rel=&quot;license&quot;</code> header; the
        repository&rsquo;s <code>{DATA_LICENCE_FILE}</code> says it in full.
      </p>
      <h2>The dataset</h2>
      <p>
        The whole dataset is a set of reviewable CSV files in the repository under <code>prisma/data/</code>, one row per fact, each naming its source; its
        README gives the layouts and how to add a fact.
      </p>
    </>
  )
}

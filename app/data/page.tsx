import type { Metadata } from 'next'
import { connection } from 'next/server'

export const metadata: Metadata = { title: 'Data & API' }

const EXAMPLES = [
  { href: '/api/memberships.csv', what: 'every membership interval, as CSV' },
  { href: '/api/memberships.csv?asOf=2017-06-01&forums=SCO', what: 'SCO on 1 June 2017, before India and Pakistan joined' },
  { href: '/api/memberships.csv?asOf=2017-06-10&forums=SCO', what: 'SCO on 10 June 2017, after' },
  { href: '/api/memberships?parties=KAZ,UZB&forums=CSTO,EAEU', what: 'Kazakhstan and Uzbekistan in CSTO and EAEU, as JSON' },
]

export default async function DataPage() {
  // Rendered per request, not prerendered: a prerendered page has no CSP nonce, so every one of its
  // scripts was blocked and it never hydrated.
  await connection()
  return (
    <>
      <h1>Data &amp; API</h1>
      <p className="lede">Every table downloads as CSV (UTF-8, RFC 4180) to cite or to analyse; every CSV has a JSON twin.</p>
      <p>
        <a href="/api">The API documentation</a> lists every endpoint with its parameters and a live example; the same description is at{' '}
        <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1) for tools.
      </p>
      <h2>Memberships</h2>
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
        CSV columns: <code>party_code,party_name,forum_code,forum_name,status,valid_from,valid_to,source</code>. Dates are ISO; an empty <code>valid_to</code>{' '}
        means the interval is still in force; <code>source</code> is the address of the citation (or its title when it has none). A bad parameter answers 400
        with a JSON message naming it.
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
      <h2>The dataset</h2>
      <p>
        The whole dataset is a set of reviewable CSV files in the repository under <code>prisma/data/</code>, one row per fact, each naming its source; see its
        README for the layouts and how to add a fact.
      </p>
    </>
  )
}

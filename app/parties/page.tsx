import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { listParties } from '@/lib/queries/parties'

export const metadata: Metadata = { title: 'Parties' }

export default async function PartiesPage() {
  await connection()
  const parties = await listParties()
  const regions = [...new Set(parties.map((p) => p.region))]
  return (
    <>
      <h1>Parties</h1>
      <p className="lede">Every state, territory, bloc and organization that has belonged to at least one forum, by region.</p>
      {regions.map((region) => (
        <section key={region}>
          <h2>{region}</h2>
          <ul className="grid-list">
            {parties
              .filter((p) => p.region === region)
              .map((p) => (
                <li key={p.code}>
                  <Link href={`/parties/${encodeURIComponent(p.code)}`}>{p.name}</Link> <span className="muted">{p.code}</span>
                  <br />
                  <span className="muted">
                    {p.forums} forum{p.forums === 1 ? '' : 's'}
                    {p.kind !== 'state' ? ` · ${p.kind}` : ''}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}

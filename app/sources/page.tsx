import type { Metadata } from 'next'
import { connection } from 'next/server'
import { listSources } from '@/lib/queries/sources'

export const metadata: Metadata = { title: 'Sources' }

export default async function SourcesPage() {
  await connection()
  const sources = await listSources()
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every citation in the dataset and how many facts rest on it. Seed documents are the texts the
        dashboard was conceived from.
      </p>
      <div className="table-scroll">
        <table className="data">
          <caption>{sources.length} sources</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Kind</th>
              <th scope="col">Published</th>
              <th scope="col">Facts citing it</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} id={s.id}>
                <th scope="row">
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                  {s.publisher ? <span className="muted"> · {s.publisher}</span> : null}
                  {s.note ? <p className="note">{s.note}</p> : null}
                </th>
                <td>{s.kind}</td>
                <td className="nowrap">{s.published}</td>
                <td className="num">
                  {(s.uses.memberships + s.uses.events + s.uses.tradeFlows + s.uses.forums).toLocaleString('en-US')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

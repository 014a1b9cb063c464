import type { Metadata } from 'next'
import { connection } from 'next/server'
import { listSources, tradeCoverage } from '@/lib/queries/sources'

export const metadata: Metadata = { title: 'Sources' }

export default async function SourcesPage() {
  await connection()
  const [sources, coverage] = await Promise.all([listSources(), tradeCoverage()])
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">Every citation in the dataset and how many facts rest on it. Seed documents are the texts the dashboard was conceived from.</p>
      <h2 id="trade-coverage">Trade figures: what each source covers</h2>
      <p className="muted">
        IMF = the IMF&rsquo;s Direction of Trade Statistics (and IMTS, where imported); national = a statistics office, customs service or government, each
        figure citing the outlet that quotes it. Years are the first and last with a figure; years between may be gaps.
      </p>
      <div className="table-scroll" role="region" aria-label="Trade coverage by reporter and source" tabIndex={0}>
        <table className="data">
          <caption>Trade figures by reporter and source</caption>
          <thead>
            <tr>
              <th scope="col">Reporter</th>
              <th scope="col">Source</th>
              <th scope="col">Years</th>
              <th scope="col" className="num">
                Figures
              </th>
              <th scope="col" className="num">
                Partners
              </th>
              <th scope="col">Measure</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((c) => (
              <tr key={`${c.reporter}|${c.origin}`}>
                <th scope="row">{c.reporterName}</th>
                <td>{c.origin === 'imf' ? 'IMF' : 'national'}</td>
                <td className="nowrap">
                  {c.firstYear}–{c.lastYear}
                </td>
                <td className="num">{c.figures.toLocaleString('en-US')}</td>
                <td className="num">{c.partners}</td>
                <td>{c.measures.map((m) => (m === 'goods' ? 'goods' : 'goods and services')).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>All sources</h2>
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
                <td className="num">{(s.uses.memberships + s.uses.events + s.uses.tradeFlows + s.uses.forums).toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

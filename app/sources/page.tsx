import type { Metadata } from 'next'
import { connection } from 'next/server'
import { Table, type TableColumn } from '@/components/tables/table'
import { listSources, tradeCoverage, type SourceListItem, type TradeCoverageRow } from '@/lib/queries/sources'

export const metadata: Metadata = { title: 'Sources' }

const COVERAGE_COLUMNS: TableColumn<TradeCoverageRow>[] = [
  { id: 'reporter', header: 'Reporter', cell: (c) => c.reporterName },
  { id: 'source', header: 'Source', cell: (c) => (c.origin === 'imf' ? 'IMF' : 'national') },
  { id: 'years', header: 'Years', nowrap: true, cell: (c) => `${c.firstYear}–${c.lastYear}` },
  { id: 'figures', header: 'Figures', numeric: true, cell: (c) => c.figures.toLocaleString('en-US') },
  { id: 'partners', header: 'Partners', numeric: true, cell: (c) => c.partners },
  { id: 'measure', header: 'Measure', cell: (c) => c.measures.map((m) => (m === 'goods' ? 'goods' : 'goods and services')).join(', ') },
]

const SOURCE_COLUMNS: TableColumn<SourceListItem>[] = [
  {
    id: 'source',
    header: 'Source',
    cell: (s) => (
      <>
        {s.url ? (
          <a href={s.url} rel="noopener noreferrer" target="_blank">
            {s.title}
          </a>
        ) : (
          s.title
        )}
        {s.publisher ? <span className="muted"> · {s.publisher}</span> : null}
        {s.note ? <p className="note">{s.note}</p> : null}
      </>
    ),
  },
  { id: 'kind', header: 'Kind', cell: (s) => s.kind },
  { id: 'published', header: 'Published', nowrap: true, cell: (s) => s.published },
  {
    id: 'uses',
    header: 'Facts citing it',
    numeric: true,
    cell: (s) => s.facts.toLocaleString('en-US'),
  },
]

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
      <Table
        caption="Trade figures by reporter and source"
        label="Trade coverage by reporter and source"
        columns={COVERAGE_COLUMNS}
        rows={coverage}
        rowKey={(c) => `${c.reporter}|${c.origin}`}
      />

      <h2>All sources</h2>
      <Table caption={`${sources.length} sources`} columns={SOURCE_COLUMNS} rows={sources} rowKey={(s) => s.id} rowProps={(s) => ({ id: s.id })} />
    </>
  )
}

import type { Metadata } from 'next'
import { MatrixControls } from '@/components/matrix/matrix-controls'
import { MatrixTable } from '@/components/matrix/matrix-table'
import { StatusLegend } from '@/components/matrix/status-chip'
import { formatDay, todayIso } from '@/lib/dates'
import { matrixQuery, type MatrixQuery } from '@/lib/params'
import { loadWithFallback } from '@/lib/page-query'
import { ParamNotice } from '@/components/ui/param-notice'
import { getMatrix } from '@/lib/queries/matrix'

export const metadata: Metadata = {
  title: 'Membership matrix',
  description: 'Every party × every forum on any date since 1991, with statuses, dates and sources.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function MatrixPage({ searchParams }: Props) {
  const { view: matrix, problem, params } = await loadWithFallback(matrixQuery, await searchParams, getMatrix)
  const q: MatrixQuery = problem ? {} : matrix.query
  const today = todayIso()
  const csvHref = `/api/matrix.csv${params.size ? `?${params}` : ''}`
  const jsonHref = `/api/matrix${params.size ? `?${params}` : ''}`
  return (
    <div className="wide">
      <h1>Membership matrix</h1>
      <p className="lede">
        Who was in which forum, in which status, on {formatDay(matrix.asOf)}. Hover or focus a cell for its dates, note and
        source; move between cells with the arrow keys. Every choice is in the address: copy it to share this exact view.
      </p>
      <ParamNotice problem={problem} />
      <MatrixControls
        today={today}
        forums={matrix.allForums}
        values={{
          asOf: matrix.asOf,
          forums: q.forums ?? [],
          kinds: q.kinds ?? [],
          regions: q.region ?? [],
          partyKinds: q.partyKind ?? [],
          q: q.q ?? '',
          only: (q.only ?? '1') === '1',
          sort: q.sort ?? 'name',
          dir: q.dir ?? 'asc',
        }}
      />
      <StatusLegend />
      <p className="table-actions">
        <a className="button" href={csvHref} download>
          Download CSV
        </a>{' '}
        <a href={jsonHref}>JSON</a>{' '}
        <span className="muted">
          — exactly the rows and columns shown; the sources the cells cite follow the table after an empty line.
        </span>
      </p>
      <MatrixTable matrix={matrix} sort={q.sort ?? 'name'} dir={q.dir ?? 'asc'} />
      <h2>Sources of the cells shown</h2>
      <ol className="source-list">
        {matrix.sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.publisher ? <span className="muted"> · {s.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  )
}

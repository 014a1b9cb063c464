import type { SourceRef } from '@/lib/domain/types'
import { isImfSource } from '@/lib/transforms/trade'
import { Table, type TableColumn } from '@/components/tables/table'

type CoverageRow = { reporter: string; partner: string; reportedBy: string; measure: string; years: Record<number, string> }

/**
 * Which years of the range have a figure, and from which source, for every series chosen: a strip
 * per series, one cell per year (I = IMF DOTS, N = national statistics or customs, empty = no
 * figure: a gap, not a zero).
 */
export function TradeCoverage({
  rows,
  years,
  sources,
  name,
}: {
  rows: CoverageRow[]
  years: number[]
  sources: Record<string, SourceRef>
  name: (code: string) => string
}) {
  const letter = (ids: string) => (ids.split(' ').every(isImfSource) ? 'I' : 'N')
  const title = (ids: string) =>
    ids
      .split(' ')
      .map((id) => sources[id]?.title ?? id)
      .join('; ')
  const empty = rows.length === 0
  return (
    <section className="coverage" aria-labelledby="coverage-h">
      <h2 id="coverage-h">Coverage</h2>
      <p className="muted">
        <span className="cov cov-I">I</span> IMF Direction of Trade Statistics (to 2020) · <span className="cov cov-N">N</span> national statistics or customs,
        as quoted by the source in each figure&rsquo;s note (2021 on) · an empty cell is a year without a published figure for that series, not a zero.{' '}
        {empty ? 'No series has a figure in these years.' : null}
      </p>
      {empty ? null : (
        <Table
          caption="Years with a figure, by source"
          label="Coverage by year"
          className="coverage-strip"
          rows={rows}
          rowKey={(r) => `${r.reporter}|${r.partner}|${r.reportedBy}|${r.measure}`}
          columns={[
            {
              id: 'series',
              header: 'Series',
              cell: (r) => (
                <>
                  {name(r.reporter)} → {r.partner.startsWith('forum:') ? `${r.partner.slice(6)} members` : name(r.partner)}
                  {r.reportedBy !== r.reporter ? ` (as reported by ${r.reportedBy})` : ''}
                  {r.measure === 'goods_services' ? ', goods and services' : ''}
                </>
              ),
            },
            ...years.map((y): TableColumn<CoverageRow> => ({
              id: String(y),
              header: String(y).slice(2),
              headerClassName: 'year',
              cell: (r) => (r.years[y] ? letter(r.years[y]) : <span className="sr-only">no figure</span>),
              cellProps: (r) =>
                r.years[y]
                  ? { className: `cov cov-${letter(r.years[y])}`, title: `${y}: ${title(r.years[y])}` }
                  : { className: 'cov cov-gap', title: `${y}: no figure` },
            })),
          ]}
        />
      )}
    </section>
  )
}

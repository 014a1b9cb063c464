import { DataTable, type DataColumn } from '@/components/tables/data-table'
import { formatUsdExact } from './format'

export interface TradeRow {
  id: string
  reporter: string
  reporterName: string
  partner: string
  partnerName: string
  year: number
  flow: string
  valueUsd: string
  estimated: boolean
  source: string
  reportedBy: string
  measure: string
  coverage: string | null
}

const columns: DataColumn<TradeRow>[] = [
  {
    id: 'series',
    header: 'Reporter → partner',
    cell: (r) => `${r.reporterName} → ${r.partnerName}${r.reportedBy !== r.reporter ? ` (as reported by ${r.reportedBy})` : ''}`,
    sortValue: (r) => `${r.reporterName} → ${r.partnerName}`,
  },
  { id: 'year', header: 'Year', cell: (r) => r.year, sortValue: (r) => r.year },
  { id: 'flow', header: 'Flow', cell: (r) => (r.measure === 'goods_services' ? `${r.flow} (goods and services)` : r.flow) },
  {
    id: 'value',
    header: 'Value (US$)',
    sortValue: (r) => Number(r.valueUsd),
    cell: (r) => (
      <span className="num-cell">
        {formatUsdExact(r.valueUsd)}
        {r.estimated ? ' (est.)' : ''}
      </span>
    ),
  },
  {
    id: 'source',
    header: 'Source',
    cell: (r) => (
      <>
        {r.source}
        {r.coverage ? <span className="muted"> · {r.coverage}</span> : null}
      </>
    ),
  },
]

/** Every value the chart shows, in the app's table; a header press sorts by series, year or value. */
export function TradeTable({ rows }: { rows: TradeRow[] }) {
  return <DataTable caption={`${rows.length} values`} columns={columns} rows={rows} rowKey={(r) => r.id} />
}

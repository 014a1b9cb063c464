import { useLocale, useTranslations } from 'next-intl'
import { DataTable, type DataColumn } from '@/components/tables/data-table'
import { formatUsdExact } from './format'
import { InLanguage } from '@/components/ui/local-name'

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

/** A message of `trade.table` in the page's language, where a column's header or cell needs one. */
function Msg({ k, values }: { k: string; values?: Record<string, string> }) {
  return <>{useTranslations('trade.table')(k, values)}</>
}

function Usd({ value }: { value: string }) {
  const locale = useLocale()
  return <>{formatUsdExact(value, locale === 'ru' ? 'ru' : 'en')}</>
}

const columns: DataColumn<TradeRow>[] = [
  {
    id: 'series',
    header: <Msg k="series" />,
    cell: (r) => (
      <>
        {r.reporterName} → {r.partnerName}
        {r.reportedBy !== r.reporter ? (
          <>
            {' '}
            <Msg k="reportedBy" values={{ code: r.reportedBy }} />
          </>
        ) : null}
      </>
    ),
    sortValue: (r) => `${r.reporterName} → ${r.partnerName}`,
  },
  { id: 'year', header: <Msg k="year" />, cell: (r) => r.year, sortValue: (r) => r.year },
  {
    id: 'flow',
    header: <Msg k="flow" />,
    cell: (r) => <Msg k={r.measure === 'goods_services' ? 'flowGoodsServices' : 'flowValue'} values={{ flow: r.flow }} />,
  },
  {
    id: 'value',
    header: <Msg k="value" />,
    sortValue: (r) => Number(r.valueUsd),
    cell: (r) => (
      <span className="num-cell">
        <Usd value={r.valueUsd} />
        {r.estimated ? (
          <>
            {' '}
            <Msg k="estimate" />
          </>
        ) : null}
      </span>
    ),
  },
  {
    id: 'source',
    header: <Msg k="source" />,
    cell: (r) => (
      <>
        <InLanguage>{r.source}</InLanguage>
        {r.coverage ? <span className="muted"> · {r.coverage}</span> : null}
      </>
    ),
  },
]

/** Every value the chart shows, in the app's table; a header press sorts by series, year or value. */
export function TradeTable({ rows }: { rows: TradeRow[] }) {
  const t = useTranslations('trade.table')
  return <DataTable caption={t('caption', { count: rows.length, n: String(rows.length) })} columns={columns} rows={rows} rowKey={(r) => r.id} />
}

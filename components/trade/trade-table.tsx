import { useLocale, useTranslations } from 'next-intl'
import { DataTable, type DataColumn } from '@/components/tables/data-table'
import { formatUsdExact } from './format'
import { el, fragment } from '@/lib/html'

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

/** Every value the chart shows, in the app's table; a header press sorts by series, year or value. */
export function TradeTable({ rows }: { rows: TradeRow[] }) {
  const t = useTranslations('trade.table')
  const locale = useLocale()
  // A source's title is the record's, in English: marked as such on a page in another language (as InLanguage).
  const english = (text: string) => (locale === 'en' ? text : el('span', { lang: 'en' }, text))
  const columns: DataColumn<TradeRow>[] = [
    {
      id: 'series',
      header: t('series'),
      cell: (r) => `${r.reporterName} → ${r.partnerName}${r.reportedBy !== r.reporter ? ` ${t('reportedBy', { code: r.reportedBy })}` : ''}`,
      sortValue: (r) => `${r.reporterName} → ${r.partnerName}`,
    },
    { id: 'year', header: t('year'), cell: (r) => r.year, sortValue: (r) => r.year },
    { id: 'flow', header: t('flow'), cell: (r) => t(r.measure === 'goods_services' ? 'flowGoodsServices' : 'flowValue', { flow: r.flow }) },
    {
      id: 'value',
      header: t('value'),
      sortValue: (r) => Number(r.valueUsd),
      cell: (r) => el('span', { class: 'num-cell' }, formatUsdExact(r.valueUsd, locale === 'ru' ? 'ru' : 'en'), r.estimated ? ` ${t('estimate')}` : ''),
    },
    {
      id: 'source',
      header: t('source'),
      cell: (r) => fragment(english(r.source), r.coverage ? el('span', { class: 'muted' }, ` · ${r.coverage}`) : null),
    },
  ]
  return <DataTable caption={t('caption', { count: rows.length, n: String(rows.length) })} columns={columns} rows={rows} rowKey={(r) => r.id} />
}

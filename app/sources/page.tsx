import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { Table, type TableColumn } from '@/components/tables/table'
import { InLanguage, Name } from '@/components/ui/local-name'
import { SourceTitle } from '@/components/ui/source-link'
import type { Locale } from '@/lib/i18n/locales'
import { countText } from '@/lib/i18n/choices'
import { getNameBook } from '@/lib/queries/names'
import { listSources, tradeCoverage, type SourceListItem, type TradeCoverageRow } from '@/lib/queries/sources'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sources')
  return { title: t('title') }
}

export default async function SourcesPage() {
  await connection()
  const locale = (await getLocale()) as Locale
  const [sources, coverage, t, names] = await Promise.all([listSources(), tradeCoverage(), getTranslations('sources'), getNameBook(locale)])
  // Figures as the page's language groups digits: 18,515 or 18 515.
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-US' : locale)
  const coverageColumns: TableColumn<TradeCoverageRow>[] = [
    {
      id: 'reporter',
      header: t('coverage.reporter'),
      cell: (c) => <Name value={names.party(c.reporter, { name: c.reporterName, shortName: c.reporterName })} />,
    },
    { id: 'source', header: t('coverage.source'), cell: (c) => t(`coverage.origins.${c.origin}`) },
    { id: 'years', header: t('coverage.years'), nowrap: true, cell: (c) => `${c.firstYear}–${c.lastYear}` },
    { id: 'figures', header: t('coverage.figures'), numeric: true, cell: (c) => number.format(c.figures) },
    { id: 'partners', header: t('coverage.partners'), numeric: true, cell: (c) => c.partners },
    {
      id: 'measure',
      header: t('coverage.measure'),
      cell: (c) => c.measures.map((m) => (m === 'goods' ? t('coverage.goods') : t('coverage.goodsAndServices'))).join(', '),
    },
  ]
  const sourceColumns: TableColumn<SourceListItem>[] = [
    {
      id: 'source',
      header: t('list.source'),
      cell: (s) => (
        <>
          <SourceTitle source={s} />
          {s.note ? (
            <p className="note">
              <InLanguage>{s.note}</InLanguage>
            </p>
          ) : null}
        </>
      ),
    },
    { id: 'kind', header: t('list.kind'), cell: (s) => (t.has(`kinds.${s.kind}`) ? t(`kinds.${s.kind}`) : s.kind) },
    { id: 'published', header: t('list.published'), nowrap: true, cell: (s) => s.published },
    {
      id: 'uses',
      header: t('list.uses'),
      numeric: true,
      cell: (s) => number.format(s.facts),
    },
  ]
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <h2 id="trade-coverage">{t('coverage.heading')}</h2>
      <p className="muted">{t('coverage.note')}</p>
      <Table
        caption={t('coverage.caption')}
        label={t('coverage.label')}
        columns={coverageColumns}
        rows={coverage}
        rowKey={(c) => `${c.reporter}|${c.origin}`}
      />

      <h2>{t('list.heading')}</h2>
      <Table
        caption={t('list.caption', { count: sources.length, n: countText(sources.length, locale) })}
        columns={sourceColumns}
        rows={sources}
        rowKey={(s) => s.id}
        rowProps={(s) => ({ id: s.id })}
      />
    </>
  )
}

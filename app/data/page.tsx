import type { ReactNode } from 'react'
import { CODE_LICENCE, DATA_LICENCE, DATA_LICENCE_FILE, IMF_TERMS_URL } from '@/lib/licences'
import type { Metadata } from 'next'
import { connection } from 'next/server'
import { ResearchRecipes } from '@/components/data/research-recipes'
import { Table } from '@/components/tables/table'
import { EVENT_CSV_COLUMNS } from '@/lib/downloads/events'
import { MEMBERSHIP_CSV_COLUMNS } from '@/lib/downloads/memberships'
import { SOURCES_CSV_COLUMNS } from '@/lib/downloads/sources'
import { TRADE_EXPORT_COLUMNS } from '@/lib/downloads/trade-export'
import { getOverview } from '@/lib/queries/overview'
import { CiteThis } from '@/components/ui/cite-this'
import Link from '@/components/ui/link'
import { LATEST_RELEASE } from '@/lib/release/manifest'
import { releaseFileName } from '@/lib/release/schema'
import { formatDay } from '@/lib/dates'
import { getLocale, getTranslations } from 'next-intl/server'
import { isLocale } from '@/lib/i18n/locales'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('data')
  return { title: t('title'), description: t('description') }
}

const EXAMPLES = [
  { href: '/api/memberships.csv', what: 'all' },
  { href: '/api/memberships.csv?asOf=2017-06-01&forums=SCO', what: 'scoBefore' },
  { href: '/api/memberships.csv?asOf=2017-06-10&forums=SCO', what: 'scoAfter' },
  { href: '/api/memberships?parties=KAZ,UZB&forums=CSTO,EAEU', what: 'kazUzb' },
  { href: '/api/memberships.csv?forums=SCO&lang=ru', what: 'russian' },
] as const

interface Download {
  what: string
  href: string
  rows: string
  columns: readonly string[] | string
  terms: string
  licence: ReactNode
}

export default async function DataPage() {
  // Rendered per request, not prerendered: a prerendered page has no CSP nonce, so every one of its
  // scripts was blocked and it never hydrated.
  await connection()
  const counts = await getOverview()
  const locale = await getLocale()
  const lang = isLocale(locale) ? locale : 'en'
  const t = await getTranslations('data')
  const code = (chunks: ReactNode) => <code>{chunks}</code>
  const dataLicence = <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>
  const downloads: Download[] = [
    {
      what: t('downloads.memberships.what'),
      href: '/api/memberships.csv',
      rows: t('downloads.memberships.rows', { count: counts.memberships }),
      columns: MEMBERSHIP_CSV_COLUMNS,
      terms: t('downloads.memberships.terms'),
      licence: dataLicence,
    },
    {
      what: t('downloads.cow.what'),
      href: '/api/export/cow-igo.csv',
      rows: t('downloads.cow.rows'),
      columns: t('downloads.cow.columns'),
      terms: t('downloads.cow.terms'),
      licence: (
        <>
          {dataLicence}
          {t('downloads.cow.licence')}
        </>
      ),
    },
    {
      what: t('downloads.events.what'),
      href: '/api/events.csv',
      rows: t('downloads.events.rows', { count: counts.events }),
      columns: EVENT_CSV_COLUMNS,
      terms: t('downloads.events.terms'),
      licence: dataLicence,
    },
    {
      what: t('downloads.trade.what'),
      href: '/api/export/trade.csv',
      rows: t('downloads.trade.rows', { count: counts.tradeRows }),
      columns: TRADE_EXPORT_COLUMNS,
      terms: t('downloads.trade.terms'),
      licence: t.rich('downloads.trade.licence', { imf: (chunks) => <a href={IMF_TERMS_URL}>{chunks}</a> }),
    },
    {
      what: t('downloads.sources.what'),
      href: '/api/export/sources.csv',
      rows: t('downloads.sources.rows', { count: counts.sources }),
      columns: SOURCES_CSV_COLUMNS,
      terms: t('downloads.sources.terms'),
      licence: dataLicence,
    },
  ]
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <h2 id="cite">{t('citeTitle')}</h2>
      <p>
        {t.rich('newest', {
          version: LATEST_RELEASE.version,
          date: formatDay(LATEST_RELEASE.date, 'day', lang),
          release: (chunks) => <Link href={`/data/releases#${LATEST_RELEASE.version}`}>{chunks}</Link>,
          zip: () => (
            <a href={`/data/releases/${releaseFileName(LATEST_RELEASE.version)}`} download>
              {releaseFileName(LATEST_RELEASE.version)}
            </a>
          ),
          all: (chunks) => <Link href="/data/releases">{chunks}</Link>,
        })}
      </p>
      <CiteThis title="forum-atlas dataset" path="/data" open />
      <Table
        caption={t('downloadsCaption')}
        columns={[
          {
            id: 'what',
            header: t('columns.table'),
            cell: (d) => (
              <>
                <a href={d.href} download>
                  {d.what}
                </a>
                <br />
                <code>{d.href}</code>
              </>
            ),
          },
          { id: 'rows', header: t('columns.size'), cell: (d) => d.rows },
          { id: 'columns', header: t('columns.columns'), cell: (d) => <code>{typeof d.columns === 'string' ? d.columns : d.columns.join(', ')}</code> },
          { id: 'terms', header: t('columns.terms'), cell: (d) => d.terms },
          { id: 'licence', header: t('columns.licence'), cell: (d) => d.licence },
        ]}
        rows={downloads}
        rowKey={(d) => d.href}
      />
      <p>
        {t.rich('views', {
          matrix: (chunks) => <a href="/api/matrix.csv">{chunks}</a>,
          overlaps: (chunks) => <a href="/api/overlaps.csv">{chunks}</a>,
          alignment: (chunks) => <a href="/api/alignment.csv">{chunks}</a>,
          trade: (chunks) => <a href="/api/trade.csv">{chunks}</a>,
          applications: (chunks) => <a href="/api/applications.csv">{chunks}</a>,
          api: (chunks) => <a href="/api">{chunks}</a>,
          openapi: (chunks) => <a href="/api/openapi.json">{chunks}</a>,
        })}
      </p>
      <ResearchRecipes />
      <h2>{t('membershipsTitle')}</h2>
      <p>{t.rich('membershipsIntro', { code })}</p>
      <ul>
        <li>{t.rich('paramAsOf', { code })}</li>
        <li>{t.rich('paramForums', { code })}</li>
        <li>{t.rich('paramParties', { code })}</li>
        <li>{t.rich('paramLang', { code })}</li>
      </ul>
      <p>{t.rich('membershipsColumns', { code })}</p>
      <ul>
        {EXAMPLES.map((e) => (
          <li key={e.href}>
            <a href={e.href}>
              <code>{e.href}</code>
            </a>{' '}
            — {t(`examples.${e.what}`)}
          </li>
        ))}
      </ul>
      <h2>{t('statusesTitle')}</h2>
      <p>{t.rich('statuses', { code })}</p>
      <p>{t.rich('glossary', { glossary: (chunks) => <Link href="/glossary">{chunks}</Link> })}</p>
      <h2 id="licences">{t('licencesTitle')}</h2>
      <p>
        {t.rich('licences', {
          code,
          dataLicence: DATA_LICENCE.name,
          codeLicence: CODE_LICENCE.name,
          licenceFile: DATA_LICENCE_FILE,
          linkHeader: 'Link: <…>; rel="license"',
          data: (chunks) => <a href={DATA_LICENCE.url}>{chunks}</a>,
          imf: (chunks) => <a href={IMF_TERMS_URL}>{chunks}</a>,
        })}
      </p>
      <h2>{t('datasetTitle')}</h2>
      <p>{t.rich('dataset', { code })}</p>
    </>
  )
}

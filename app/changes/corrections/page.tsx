import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { connection } from 'next/server'
import { Table, type TableColumn } from '@/components/tables/table'
import { DownloadLinks } from '@/components/ui/download-links'
import Link from '@/components/ui/link'
import { InLanguage } from '@/components/ui/local-name'
import { loadShippedCorrections, type Inline, type ShippedCorrection } from '@/lib/dataset/corrections'
import { formatDay } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { listCorrections } from '@/lib/queries/corrections'
import type { PublicCorrection } from '@/lib/transforms/corrections'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('changes.corrections')
  return { title: t('title'), description: t('description') }
}

const ACTIONS = new Set(['create', 'update', 'revert', 'import'])

type T = Awaited<ReturnType<typeof getTranslations>>

/** "4 Jul 2026, 13:05 UTC". */
const when = (at: string, locale: Locale) => `${formatDay(at.slice(0, 10), 'day', locale)}, ${at.slice(11, 16)} UTC`

const value = (v: string | null) => (v === null ? <span className="muted">—</span> : <code>{v}</code>)

/** The curators' corrections: what and why are in the curator's words (English), the rest in the page's language. */
function curatedColumns(t: T, locale: Locale): TableColumn<PublicCorrection>[] {
  return [
    { id: 'id', header: t('columns.id'), numeric: true, cell: (c) => c.id },
    { id: 'at', header: t('columns.when'), nowrap: true, cell: (c) => <time dateTime={c.at}>{when(c.at, locale)}</time> },
    {
      id: 'what',
      header: t('columns.what'),
      cell: (c) => (
        <>
          {ACTIONS.has(c.action) ? t(`actions.${c.action}`) : c.action} <InLanguage>{c.what}</InLanguage>
          {c.revertOf ? <span className="muted"> {t('undoes', { id: String(c.revertOf) })}</span> : null}
          {c.revertedBy ? <span className="muted"> {t('undoneBy', { id: String(c.revertedBy) })}</span> : null}
        </>
      ),
    },
    {
      id: 'change',
      header: t('columns.change'),
      className: 'note',
      cell: (c) =>
        c.summary ? (
          <InLanguage>{c.summary}</InLanguage>
        ) : (
          <ul className="field-changes">
            {c.changes.map((f) => (
              <li key={f.field}>
                {f.field}: {value(f.before)} → {value(f.after)}
              </li>
            ))}
          </ul>
        ),
    },
    { id: 'why', header: t('columns.why'), className: 'note', cell: (c) => <InLanguage>{c.why}</InLanguage> },
  ]
}

function InlineText({ runs }: { runs: Inline[] }) {
  return <>{runs.map((r, i) => (r.code ? <code key={i}>{r.text}</code> : r.strong ? <strong key={i}>{r.text}</strong> : <span key={i}>{r.text}</span>))}</>
}

/** The corrections made before the data was shipped: their text is the dataset's (English). */
function shippedColumns(t: T): TableColumn<ShippedCorrection>[] {
  return [
    {
      id: 'item',
      header: t('columns.item'),
      cell: (r) => (
        <InLanguage>
          <InlineText runs={r.item} />
        </InLanguage>
      ),
    },
    {
      id: 'now',
      header: t('columns.now'),
      className: 'note',
      cell: (r) => (
        <InLanguage>
          <InlineText runs={r.now} />
        </InLanguage>
      ),
    },
    {
      id: 'evidence',
      header: t('columns.evidence'),
      className: 'note',
      cell: (r) => (
        <InLanguage>
          <InlineText runs={r.evidence} />
        </InLanguage>
      ),
    },
  ]
}

export default async function CorrectionsPage() {
  await connection()
  const locale = (await getLocale()) as Locale
  const [curated, t] = await Promise.all([listCorrections(), getTranslations('changes.corrections')])
  const shipped = loadShippedCorrections()
  return (
    <div className="corrections-page">
      <h1>{t('title')}</h1>
      <p className="lede">{t.rich('lede', { changes: (chunks) => <Link href="/changes">{chunks}</Link> })}</p>

      <section aria-labelledby="curated-h">
        <h2 id="curated-h">{t('curated')}</h2>
        <p className="result-count">
          {t.rich('curatedCount', { count: curated.length, strong: (chunks) => <strong data-count={curated.length}>{chunks}</strong> })}
          <DownloadLinks csv="/api/corrections.csv" />
        </p>
        <Table
          id="corrections-table"
          caption={t('curatedCaption')}
          label={t('curated')}
          columns={curatedColumns(t, locale)}
          rows={curated}
          rowHeader="what"
          rowKey={(c) => String(c.id)}
          rowProps={(c) => ({ id: `correction-${c.id}`, 'data-correction': String(c.id), 'data-entity': c.entity })}
          empty={t('curatedEmpty')}
        />
      </section>

      {shipped.map((s) => (
        <section key={s.file} aria-labelledby={`${s.file}-h`}>
          <h2 id={`${s.file}-h`}>
            {t('shipped')} <InLanguage>{s.title.replace(/^Corrections from /, 'from ')}</InLanguage>
          </h2>
          <p className="muted">{t.rich('shippedNote', { file: s.file, code: (chunks) => <code>{chunks}</code> })}</p>
          <Table
            id={`shipped-${s.file.replace(/\W/g, '-')}`}
            caption={t('shippedCaption', { count: s.rows.length, file: s.file })}
            label={t('shippedLabel', { file: s.file })}
            columns={shippedColumns(t)}
            rows={s.rows}
            rowKey={(r) => r.item.map((i) => i.text).join('')}
          />
        </section>
      ))}
    </div>
  )
}

import type { Metadata } from 'next'
import { connection } from 'next/server'
import { Table, type TableColumn } from '@/components/tables/table'
import { DownloadLinks } from '@/components/ui/download-links'
import Link from '@/components/ui/link'
import { loadShippedCorrections, type Inline, type ShippedCorrection } from '@/lib/dataset/corrections'
import { formatDay } from '@/lib/dates'
import { listCorrections } from '@/lib/queries/corrections'
import type { PublicCorrection } from '@/lib/transforms/corrections'

export const metadata: Metadata = {
  title: 'Corrections to the data',
  description: 'What was corrected in the forum-atlas dataset, when and why: curated corrections and the corrections to the shipped data.',
}

const ACTION_WORDS: Record<string, string> = { create: 'Added', update: 'Changed', revert: 'Reverted', import: 'Imported' }

/** "4 Jul 2026, 13:05 UTC". */
const when = (at: string) => `${formatDay(at.slice(0, 10))}, ${at.slice(11, 16)} UTC`

const value = (v: string | null) => (v === null ? <span className="muted">—</span> : <code>{v}</code>)

const CURATED_COLUMNS: TableColumn<PublicCorrection>[] = [
  { id: 'id', header: '#', numeric: true, cell: (c) => c.id },
  { id: 'at', header: 'When', nowrap: true, cell: (c) => <time dateTime={c.at}>{when(c.at)}</time> },
  {
    id: 'what',
    header: 'What',
    cell: (c) => (
      <>
        {ACTION_WORDS[c.action] ?? c.action} {c.what}
        {c.revertOf ? <span className="muted"> (undoes #{c.revertOf})</span> : null}
        {c.revertedBy ? <span className="muted"> (undone by #{c.revertedBy})</span> : null}
      </>
    ),
  },
  {
    id: 'change',
    header: 'Old → new',
    className: 'note',
    cell: (c) =>
      c.summary ? (
        c.summary
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
  { id: 'why', header: 'Why', className: 'note', cell: (c) => c.why },
]

function InlineText({ runs }: { runs: Inline[] }) {
  return <>{runs.map((r, i) => (r.code ? <code key={i}>{r.text}</code> : r.strong ? <strong key={i}>{r.text}</strong> : <span key={i}>{r.text}</span>))}</>
}

const SHIPPED_COLUMNS: TableColumn<ShippedCorrection>[] = [
  { id: 'item', header: 'What the check said', cell: (r) => <InlineText runs={r.item} /> },
  { id: 'now', header: 'What the data says now', className: 'note', cell: (r) => <InlineText runs={r.now} /> },
  { id: 'evidence', header: 'Evidence', className: 'note', cell: (r) => <InlineText runs={r.evidence} /> },
]

export default async function CorrectionsPage() {
  await connection()
  const curated = await listCorrections()
  const shipped = loadShippedCorrections()
  return (
    <div className="corrections-page">
      <h1>Corrections to the data</h1>
      <p className="lede">
        What was corrected in this database, when and why. These are changes of the record, not of the world: accessions, departures, applications and summits
        are on <Link href="/changes">What changed</Link>. Who made a correction is not published; the reason is, in the curator’s words.
      </p>

      <section aria-labelledby="curated-h">
        <h2 id="curated-h">Curated corrections</h2>
        <p className="result-count">
          <strong data-count={curated.length}>
            {curated.length} {curated.length === 1 ? 'correction' : 'corrections'}
          </strong>{' '}
          made by curators since the dataset was shipped, newest first
          <DownloadLinks csv="/api/corrections.csv" />
        </p>
        <Table
          id="corrections-table"
          caption="Curated corrections, newest first"
          label="Curated corrections"
          columns={CURATED_COLUMNS}
          rows={curated}
          rowHeader="what"
          rowKey={(c) => String(c.id)}
          rowProps={(c) => ({ id: `correction-${c.id}`, 'data-correction': String(c.id), 'data-entity': c.entity })}
          empty="No curator has corrected the data since it was shipped: it is as the dataset’s files have it."
        />
      </section>

      {shipped.map((s) => (
        <section key={s.file} aria-labelledby={`${s.file}-h`}>
          <h2 id={`${s.file}-h`}>Corrections to the shipped data: {s.title.replace(/^Corrections from /, 'from ')}</h2>
          <p className="muted">
            Made in the dataset’s own files before they were shipped, so they are part of the data every copy starts from; the list is{' '}
            <code>prisma/data/{s.file}</code> in the repository, where the files named as evidence are too.
          </p>
          <Table
            id={`shipped-${s.file.replace(/\W/g, '-')}`}
            caption={`${s.rows.length} corrections from ${s.file}`}
            label={`Corrections to the shipped data (${s.file})`}
            columns={SHIPPED_COLUMNS}
            rows={s.rows}
            rowKey={(r) => r.item.map((i) => i.text).join('')}
          />
        </section>
      ))}
    </div>
  )
}

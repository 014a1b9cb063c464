import type { Metadata } from 'next'
import { CiteThis } from '@/components/ui/cite-this'
import Link from '@/components/ui/link'
import { formatDay } from '@/lib/dates'
import { DATA_LICENCE } from '@/lib/licences'
import { RELEASES } from '@/lib/release/manifest'
import { releaseFileName } from '@/lib/release/schema'
import type { ReleaseChange } from '@/lib/release/schema'

export const metadata: Metadata = {
  title: 'Data releases',
  description: 'Every release of the forum-atlas dataset: a reproducible zip of every table with its sources, codebook and licence, and what changed.',
}

const KIND_HEADINGS: Record<ReleaseChange['kind'], string> = { added: 'Added', changed: 'Changed', corrected: 'Corrected', removed: 'Removed' }

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`
}

/** A change's sources: a source id links to its entry on /sources; a file of prisma/data is named as it is. */
function ChangeSources({ sources }: { sources: string[] }) {
  if (!sources.length) return null
  return (
    <span className="muted">
      {' '}
      (
      {sources.map((s, i) => (
        <span key={s}>
          {i ? ', ' : ''}
          {/\.\w+$/.test(s) ? <code>prisma/data/{s}</code> : <Link href={`/sources#${s}`}>{s}</Link>}
        </span>
      ))}
      )
    </span>
  )
}

export default async function ReleasesPage() {
  const newestFirst = [...RELEASES].reverse()
  const latest = newestFirst[0]
  return (
    <>
      <h1>Data releases</h1>
      <p className="lede">
        Each release of the dataset is one zip: every table as CSV (forums, parties, memberships, applications, events, attendance, trade, sources), a codebook
        of every column (type, allowed values, meaning), the changelog, the licence ({DATA_LICENCE.name}) and a README. It is built by one command,{' '}
        <code>npm run data:release</code>, and is reproducible: the same data gives the same bytes, so the checksum below identifies exactly what you used.
      </p>
      <p>
        Cite the version you used. The live dashboard may hold curated corrections made after the newest release: they are listed on{' '}
        <Link href="/changes/corrections">the corrections list</Link>.
      </p>
      <CiteThis title="forum-atlas dataset" path={`/data/releases#${latest.version}`} />
      {newestFirst.map((r) => (
        <section key={r.version} id={r.version} className="release" aria-labelledby={`release-${r.version}`}>
          <h2 id={`release-${r.version}`}>
            Version {r.version} <span className="muted">· {formatDay(r.date)}</span>
            {r === latest ? <span className="release-latest"> newest</span> : null}
          </h2>
          <p>
            <a className="button" href={`/data/releases/${releaseFileName(r.version)}`} download>
              Download {releaseFileName(r.version)}
            </a>{' '}
            <span className="muted">{kib(r.zipBytes)}</span>
          </p>
          <dl className="release-digests">
            <dt>SHA-256 of the zip</dt>
            <dd>
              <code>{r.zipSha256}</code>
            </dd>
            <dt>SHA-256 of its data files</dt>
            <dd>
              <code>{r.dataSha256}</code>
            </dd>
          </dl>
          <p>{r.summary}</p>
          {(['added', 'changed', 'corrected', 'removed'] as const).map((kind) => {
            const items = r.changes.filter((c) => c.kind === kind)
            if (!items.length) return null
            return (
              <div key={kind}>
                <h3>{KIND_HEADINGS[kind]}</h3>
                <ul>
                  {items.map((c) => (
                    <li key={c.text}>
                      {c.text}
                      <ChangeSources sources={c.sources} />
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
      <h2>Making a release</h2>
      <p>
        When the data changes, add a draft at the end of <code>prisma/data/releases.json</code> saying what changed and why (with source ids) and run{' '}
        <code>npm run data:release</code>: it gives the draft the next version (<code>YYYY.MM</code>, or <code>YYYY.MM.N</code> for a second release in a
        month), writes the zip to <code>prisma/data/releases/</code> and the changelog to <code>prisma/data/CHANGELOG.md</code>. <code>npm run data:check</code>{' '}
        fails while the data differs from its newest release.
      </p>
    </>
  )
}

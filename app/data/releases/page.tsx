import type { Metadata } from 'next'
import { CiteThis } from '@/components/ui/cite-this'
import Link from '@/components/ui/link'
import { formatDay } from '@/lib/dates'
import { DATA_LICENCE } from '@/lib/licences'
import { RELEASES } from '@/lib/release/manifest'
import { releaseFileName } from '@/lib/release/schema'
import { getLocale, getTranslations } from 'next-intl/server'
import { InLanguage } from '@/components/ui/local-name'
import { isLocale } from '@/lib/i18n/locales'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('data.releases')
  return { title: t('title'), description: t('description') }
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
  const locale = await getLocale()
  const lang = isLocale(locale) ? locale : 'en'
  const t = await getTranslations('data.releases')
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>
  // Sizes as before in English (en-GB grouping), in the page's language otherwise.
  const kib = (bytes: number) => t('kb', { size: Math.round(bytes / 1024).toLocaleString(lang === 'en' ? 'en-GB' : lang) })
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t.rich('lede', { code, licence: DATA_LICENCE.name })}</p>
      <p>{t.rich('citeVersion', { corrections: (chunks) => <Link href="/changes/corrections">{chunks}</Link> })}</p>
      <CiteThis title="forum-atlas dataset" path={`/data/releases#${latest.version}`} />
      {newestFirst.map((r) => (
        <section key={r.version} id={r.version} className="release" aria-labelledby={`release-${r.version}`}>
          <h2 id={`release-${r.version}`}>
            {t('version', { version: r.version })} <span className="muted">· {formatDay(r.date, 'day', lang)}</span>
            {r === latest ? <span className="release-latest"> {t('newest')}</span> : null}
          </h2>
          <p>
            <a className="button" href={`/data/releases/${releaseFileName(r.version)}`} download>
              {t('download', { file: releaseFileName(r.version) })}
            </a>{' '}
            <span className="muted">{kib(r.zipBytes)}</span>
          </p>
          <dl className="release-digests">
            <dt>{t('zipDigest')}</dt>
            <dd>
              <code>{r.zipSha256}</code>
            </dd>
            <dt>{t('dataDigest')}</dt>
            <dd>
              <code>{r.dataSha256}</code>
            </dd>
          </dl>
          <InLanguage as="p">{r.summary}</InLanguage>
          {(['added', 'changed', 'corrected', 'removed'] as const).map((kind) => {
            const items = r.changes.filter((c) => c.kind === kind)
            if (!items.length) return null
            return (
              <div key={kind}>
                <h3>{t(`kinds.${kind}`)}</h3>
                <ul>
                  {items.map((c) => (
                    <li key={c.text}>
                      <InLanguage>{c.text}</InLanguage>
                      <ChangeSources sources={c.sources} />
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
      <h2>{t('makingTitle')}</h2>
      <p>{t.rich('making', { code })}</p>
    </>
  )
}

import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { InLanguage, Name } from '@/components/ui/local-name'
import type { Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import { listParties } from '@/lib/queries/parties'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('parties')
  return { title: t('title') }
}

export default async function PartiesPage() {
  await connection()
  const locale = (await getLocale()) as Locale
  const [parties, t, names] = await Promise.all([listParties(), getTranslations('parties'), getNameBook(locale)])
  const regionName = (region: string) => (t.has(`regions.${region}`) ? t(`regions.${region}`) : region)
  const regions = [...new Set(parties.map((p) => p.region))]
  if (locale !== 'en') regions.sort((a, b) => regionName(a).localeCompare(regionName(b), locale))
  // Within a region, in the alphabetical order of the page's language (the query's order is the English one).
  const local = parties.map((p) => ({ ...p, local: names.party(p.code, p) }))
  if (locale !== 'en') local.sort((a, b) => a.local.name.localeCompare(b.local.name, locale))
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      {regions.map((region) => (
        <section key={region}>
          <h2>{t.has(`regions.${region}`) ? regionName(region) : <InLanguage>{region}</InLanguage>}</h2>
          <ul className="grid-list">
            {local
              .filter((p) => p.region === region)
              .map((p) => (
                <li key={p.code}>
                  <Link href={`/parties/${encodeURIComponent(p.code)}`}>
                    <Name value={p.local} />
                  </Link>{' '}
                  <span className="muted">{p.code}</span>
                  <br />
                  <span className="muted">
                    {t('forumCount', { count: p.forums })}
                    {p.kind !== 'state' ? ` · ${t.has(`kindWords.${p.kind}`) ? t(`kindWords.${p.kind}`) : p.kind}` : ''}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}

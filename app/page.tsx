import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { getLocale, getTranslations } from 'next-intl/server'
import { Day } from '@/components/ui/day'
import { Name } from '@/components/ui/local-name'
import { FORUM_KIND_PLURALS } from '@/lib/domain/vocabulary'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { listForums } from '@/lib/queries/forums'
import { getNameBook } from '@/lib/queries/names'
import { getOverview } from '@/lib/queries/overview'

/** Questions a reader comes with, each opening the view that answers it (#20.14); their words are messages `home.questions`. */
const QUESTIONS = [
  { key: 'overlaps', href: '/overlaps?forums=SCO,EAEU,CSTO&sel=SCO%26EAEU%26CSTO#intersections', view: 'overlaps' },
  { key: 'matrix', href: '/matrix?asOf=2010-01-01&forums=CSTO', view: 'matrix' },
  { key: 'trade', href: '/trade?reporters=KAZ&partners=CHN,RUS,WLD&from=2005&markers=EAEU', view: 'trade' },
  { key: 'events', href: '/events?forum=C5%2BCN', view: 'events' },
  { key: 'map', href: '/map?forum=SCO&asOf=2010-01-01&view=world', view: 'map' },
  { key: 'alignment', href: '/alignment?parties=KAZ,UZB,KGZ,TJK,TKM,RUS,CHN,TUR,AZE&party=KAZ', view: 'alignment' },
] as const

/** What the overview's newest fact is (lib/queries/overview.ts), as a message of `home.newestWhat`. */
const NEWEST_WHAT: Record<string, 'membershipChange' | 'event' | 'tradeFigure'> = {
  'membership change': 'membershipChange',
  event: 'event',
  'trade figure (year)': 'tradeFigure',
}

export default async function HomePage() {
  await connection()
  const t = await getTranslations('home')
  const nav = await getTranslations('layout.nav')
  const kinds = await getTranslations('matrix.client.forumKinds')
  const locale = await getLocale()
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE
  const [overview, forums, names] = await Promise.all([getOverview(), listForums(), getNameBook(lang)])
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-US' : lang)
  const stats = [
    { key: 'parties', value: overview.parties, hint: t('stats.partiesHint') },
    { key: 'forums', value: overview.forums },
    { key: 'memberships', value: overview.memberships },
    { key: 'events', value: overview.events },
    { key: 'tradeRows', value: overview.tradeRows },
    { key: 'sources', value: overview.sources },
  ] as const
  const byKind = Object.keys(FORUM_KIND_PLURALS)
    .map((kind) => ({ label: kinds(kind as keyof typeof FORUM_KIND_PLURALS), forums: forums.filter((f) => f.kind === kind) }))
    .filter((g) => g.forums.length)
  const newestWhat = overview.newestFact ? NEWEST_WHAT[overview.newestFact.what] : undefined
  return (
    <>
      <p className="kicker">{t('kicker')}</p>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <section aria-labelledby="questions-h" className="questions">
        <h2 id="questions-h">{t('questionsHeading')}</h2>
        <ul>
          {QUESTIONS.map((q) => (
            <li key={q.href}>
              <Link href={q.href}>{t(`questions.${q.key}`)}</Link> <span className="muted">· {nav(q.view)}</span>
            </li>
          ))}
        </ul>
      </section>
      <ul className="stats" aria-label={t('statsLabel')}>
        {stats.map((s) => (
          <li key={s.key} title={'hint' in s ? s.hint : undefined}>
            <strong>{number.format(s.value)}</strong> {t(`stats.${s.key}`, { count: s.value })}
          </li>
        ))}
      </ul>
      <p>
        {t('newestFact')}{' '}
        {overview.newestFact ? (
          <>
            <strong>
              <Day value={overview.newestFact.date} />
            </strong>{' '}
            <span className="muted">({newestWhat ? t(`newestWhat.${newestWhat}`) : overview.newestFact.what})</span>
          </>
        ) : (
          t('noneYet')
        )}
        .
      </p>
      {byKind.map((group) => (
        <section key={group.label}>
          <h2>{group.label}</h2>
          <ul className="grid-list">
            {group.forums.map((f) => {
              const name = names.forum(f.code, { name: f.name, shortName: f.shortName })
              return (
                <li key={f.code}>
                  <Link href={`/forums/${encodeURIComponent(f.code)}`}>
                    <Name value={name} short />
                  </Link>
                  {/* The code beside a short name that does not spell it (in English; a translated name always shows the code). */}
                  {name.lang === DEFAULT_LOCALE && f.shortName.toUpperCase().includes(f.code.toUpperCase()) ? null : <span className="muted"> {f.code}</span>}
                  <br />
                  <span className="muted">
                    <Name value={name} />
                    <br />
                    {f.dissolved ? t('dissolved') : t('membersToday', { count: f.currentMembers })}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </>
  )
}

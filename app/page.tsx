import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { Day } from '@/components/ui/day'
import { FORUM_KIND_PLURALS } from '@/lib/domain/vocabulary'
import { listForums } from '@/lib/queries/forums'
import { getOverview } from '@/lib/queries/overview'

/** Questions a reader comes with, each opening the view that answers it (#20.14). */
const QUESTIONS: { question: string; href: string; view: string }[] = [
  { question: 'Who is in SCO, EAEU and CSTO at once, today?', href: '/overlaps?forums=SCO,EAEU,CSTO&sel=SCO%26EAEU%26CSTO#intersections', view: 'Overlaps' },
  { question: 'Who was in the CSTO on 1 January 2010?', href: '/matrix?asOf=2010-01-01&forums=CSTO', view: 'Matrix' },
  {
    question: 'How did Kazakhstan’s trade with China and Russia change after it joined the EAEU?',
    href: '/trade?reporters=KAZ&partners=CHN,RUS,WLD&from=2005&markers=EAEU',
    view: 'Trade',
  },
  { question: 'Who hosted the Central Asia–China summits, and who came?', href: '/events?forum=C5%2BCN', view: 'Events' },
  { question: 'Where were the SCO’s members and partners in 2010, and where are they now?', href: '/map?forum=SCO&asOf=2010-01-01&view=world', view: 'Map' },
  {
    question: 'Which parties share the most forums with Kazakhstan?',
    href: '/alignment?parties=KAZ,UZB,KGZ,TJK,TKM,RUS,CHN,TUR,AZE&party=KAZ',
    view: 'Alignment',
  },
]

export default async function HomePage() {
  await connection()
  const [overview, forums] = await Promise.all([getOverview(), listForums()])
  const stats = [
    { label: 'parties', value: overview.parties, hint: 'states, territories, blocs, organizations' },
    { label: 'forums', value: overview.forums },
    { label: 'membership intervals', value: overview.memberships },
    { label: 'events', value: overview.events },
    { label: 'trade figures', value: overview.tradeRows },
    { label: 'sources cited', value: overview.sources },
  ]
  const byKind = Object.entries(FORUM_KIND_PLURALS)
    .map(([kind, label]) => ({ label, forums: forums.filter((f) => f.kind === kind) }))
    .filter((g) => g.forums.length)
  return (
    <>
      <p className="kicker">Central Asia · South Caucasus · Afghanistan</p>
      <h1>Who belongs to which forum, in which status, since when</h1>
      <p className="lede">
        A sourced record of the multilateral forums of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Armenia, Azerbaijan, Georgia and
        Afghanistan, and of every partner that sits with them: dated membership intervals, summits and merchandise trade.
      </p>
      <section aria-labelledby="questions-h" className="questions">
        <h2 id="questions-h">Start with a question</h2>
        <ul>
          {QUESTIONS.map((q) => (
            <li key={q.href}>
              <Link href={q.href}>{q.question}</Link> <span className="muted">· {q.view}</span>
            </li>
          ))}
        </ul>
      </section>
      <ul className="stats" aria-label="What the dashboard holds">
        {stats.map((s) => (
          <li key={s.label} title={s.hint}>
            <strong>{s.value.toLocaleString('en-US')}</strong> {s.label}
          </li>
        ))}
      </ul>
      <p>
        Newest dated fact:{' '}
        {overview.newestFact ? (
          <>
            <strong>
              <Day value={overview.newestFact.date} />
            </strong>{' '}
            <span className="muted">({overview.newestFact.what})</span>
          </>
        ) : (
          'none yet'
        )}
        .
      </p>
      {byKind.map((group) => (
        <section key={group.label}>
          <h2>{group.label}</h2>
          <ul className="grid-list">
            {group.forums.map((f) => (
              <li key={f.code}>
                <Link href={`/forums/${encodeURIComponent(f.code)}`}>{f.shortName}</Link>
                {f.shortName.toUpperCase().includes(f.code.toUpperCase()) ? null : <span className="muted"> {f.code}</span>}
                <br />
                <span className="muted">
                  {f.name}
                  <br />
                  {f.dissolved ? 'dissolved' : `${f.currentMembers} members today`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { CiteThis } from '@/components/ui/cite-this'
import { viewMetadata } from '@/lib/share/metadata'
import { codeFromSegment } from '@/lib/route-code'
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { PartyGantt } from '@/components/charts/party-gantt'
import { EventList } from '@/components/tables/event-list'
import { SourceLink } from '@/components/ui/source-link'
import { MembershipHistory } from '@/components/tables/membership-history'
import { Day } from '@/components/ui/day'
import { InLanguage, Name } from '@/components/ui/local-name'
import { ParamNotice } from '@/components/ui/param-notice'
import { Table } from '@/components/tables/table'
import { StatusBadge } from '@/components/ui/status-badge'
import { formatDay, todayIso } from '@/lib/dates'
import { getParty } from '@/lib/queries/parties'
import { localizedHref, type Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import { listApplications } from '@/lib/queries/applications'
import { ApplicationList } from '@/components/tables/application-list'
import { lastUpdated } from '@/lib/queries/admin'
import { inForce, runStart } from '@/lib/transforms/as-of'
import { ChartFrame } from '@/components/charts/chart-frame'
import { chartFileBase } from '@/lib/chart-image/filename'
import { sourceLine } from '@/lib/chart-image/source-line'
import { ParamError, parseQuery, tradePartnersQuery } from '@/lib/params'
import { getTradePartners } from '@/lib/queries/trade-partners'
import { ConcentrationChart, ConcentrationTable, PartnerRanking } from '@/components/trade/partner-ranking'

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The party's trade partners for the year and flow of the page's own form (`tradeYear`, `tradeFlow`); a bad value is named and the default shown. */
async function tradePartners(code: string, search: Record<string, string | string[] | undefined>) {
  const raw = new URLSearchParams({ reporter: code })
  const pageParam = { year: 'tradeYear', flow: 'tradeFlow' } as const
  for (const [param, field] of Object.entries(pageParam)) {
    const value = search[field]
    if (typeof value === 'string' && value !== '') raw.set(param, value)
  }
  try {
    return { view: await getTradePartners(parseQuery(tradePartnersQuery, raw)), problem: null }
  } catch (error) {
    if (!(error instanceof ParamError)) throw error
    const field = pageParam[error.parameter as keyof typeof pageParam] ?? error.parameter
    return { view: await getTradePartners({ reporter: code }), problem: new ParamError(field, error.message.replace(`${error.parameter}: `, '')) }
  }
}

const getPartyOrNull = async (segment: string) => {
  const code = codeFromSegment(segment)
  return code === null ? null : getParty(code)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const party = await getPartyOrNull((await params).code)
  const [t, locale] = await Promise.all([getTranslations('parties'), getLocale()])
  if (!party) return { title: t('notFound') }
  const name = (await getNameBook(locale as Locale)).party(party.code, party).name
  return viewMetadata({ title: name, description: t('description', { name }) })
}

export default async function PartyPage({ params, searchParams }: Props) {
  const party = await getPartyOrNull((await params).code)
  if (!party) notFound()
  const locale = (await getLocale()) as Locale
  const [t, common, names] = await Promise.all([getTranslations('parties'), getTranslations('common'), getNameBook(locale)])
  const local = names.party(party.code, party)
  const forumName = (code: string, name: string) => <Name value={names.forum(code, { name, shortName: name })} />
  const today = todayIso()
  const [updated, applications, trade] = await Promise.all([
    lastUpdated({ partyCode: party.code }),
    listApplications({ parties: [party.code] }),
    tradePartners(party.code, await searchParams),
  ])
  const partners = trade.view
  const now = inForce(party.memberships, today)
    .map((m) => ({ ...m, localForum: names.forum(m.forumCode, { name: m.forumName, shortName: m.forumName }).name }))
    .sort((a, b) => (locale === 'en' ? a.forumName.localeCompare(b.forumName) : a.localForum.localeCompare(b.localForum, locale)))
  const csv = `/api/memberships.csv?parties=${encodeURIComponent(party.code)}`
  // The Gantt chart's time axis starts in 1991 or at the first interval, whichever is earlier, and ends today.
  const ganttStart = Math.min(1991, ...party.memberships.map((m) => Number(m.validFrom.slice(0, 4))))
  return (
    <>
      <p className="kicker">
        {t.has(`kinds.${party.kind}`) ? t(`kinds.${party.kind}`) : party.kind} ·{' '}
        {t.has(`regions.${party.region}`) ? t(`regions.${party.region}`) : <InLanguage>{party.region}</InLanguage>} · {party.code}
      </p>
      <div className="view-head">
        <h1>
          <Name value={local} />
        </h1>
        <CiteThis title={t('citeTitle', { name: local.name })} path={`/parties/${encodeURIComponent(party.code)}`} />
      </div>
      <p className="updated" data-last-updated={updated ?? ''}>
        {updated ? t('updatedCurated', { day: formatDay(updated.slice(0, 10), 'day', locale) }) : t('updatedShipped')}
      </p>

      <h2>{t('today')}</h2>
      {now.length === 0 ? (
        <p className="muted">{t.rich('noneToday', { day: () => <Day value={today} /> })}</p>
      ) : (
        <Table
          caption={<>{t.rich('inForceOn', { day: () => <Day value={today} /> })}</>}
          columns={[
            {
              id: 'forum',
              header: t('columns.forum'),
              cell: (m) => <Link href={`/forums/${encodeURIComponent(m.forumCode)}`}>{forumName(m.forumCode, m.forumName)}</Link>,
            },
            { id: 'status', header: t('columns.status'), cell: (m) => <StatusBadge status={m.status} /> },
            { id: 'since', header: t('columns.since'), nowrap: true, cell: (m) => <Day value={m.validFrom} precision={m.validFromPrecision} /> },
            {
              id: 'run',
              header: t('columns.run'),
              nowrap: true,
              cell: (m) => {
                const run = runStart(
                  party.memberships.filter((x) => x.forumCode === m.forumCode),
                  m,
                )
                return <Day value={run.validFrom} precision={run.validFromPrecision} />
              },
            },
          ]}
          rows={now}
          rowKey={(m) => String(m.id)}
        />
      )}

      <h2>{t('history')}</h2>
      <p className="muted">
        {t('historyNote')}{' '}
        <a href={csv} download>
          {common('downloadCsv')}
        </a>
      </p>
      {party.memberships.length ? (
        <ChartFrame
          title={t('ganttTitle', { name: local.name })}
          period={`${ganttStart} – ${formatDay(today, 'day', locale)}`}
          source={sourceLine(
            party.memberships.map((m) => m.source),
            { locale },
          )}
          filename={chartFileBase({ chart: 'party', subject: [party.code], period: `${ganttStart}-${today}` })}
        >
          <PartyGantt
            intervals={party.memberships.map((m) => {
              const forum = names.forum(m.forumCode, { name: m.forumName, shortName: m.forumName })
              return { ...m, forumName: forum.name, forumNameLang: forum.lang }
            })}
            today={today}
            partyName={local.name}
          />
        </ChartFrame>
      ) : null}
      {party.memberships.length ? (
        <MembershipHistory rows={party.memberships} show="forum" caption={t('historyCaption', { name: local.shortName })} names={names} />
      ) : (
        <p className="muted">{t('noHistory')}</p>
      )}

      {applications.length ? (
        <>
          <h2>{t('applications')}</h2>
          <p className="muted">{t('applicationsNote')}</p>
          <ApplicationList rows={applications} show="forum" caption={t('applicationsCaption', { name: local.shortName })} />
        </>
      ) : null}

      <h2>{t('sources')}</h2>
      <ol className="source-list">
        {[...new Map(party.memberships.map((m) => [m.source.id, m.source])).values()].map((s) => (
          <li key={s.id}>
            <SourceLink source={s} />
            {s.publisher ? (
              <span className="muted">
                {' '}
                · <InLanguage>{s.publisher}</InLanguage>
              </span>
            ) : null}
          </li>
        ))}
      </ol>

      {partners.ranking ? (
        <section aria-labelledby="partners-h" id="trade-partners">
          <h2 id="partners-h">{t('partners')}</h2>
          {trade.problem ? <ParamNotice problem={trade.problem} /> : null}
          <PartnerRanking view={partners} action={localizedHref(`/parties/${encodeURIComponent(party.code)}#trade-partners`, locale)} />
          {partners.concentration.length > 1 ? (
            <>
              <h3>{t('concentration')}</h3>
              <p className="muted">{t('concentrationNote')}</p>
              <ChartFrame
                title={t('concentrationTitle', { name: local.name, flow: partners.flow })}
                period={`${partners.concentration[0].year}–${partners.concentration[partners.concentration.length - 1].year}`}
                source={sourceLine(Object.values(partners.sources), { locale })}
                filename={chartFileBase({
                  chart: 'concentration',
                  subject: [party.code],
                  period: `${partners.concentration[0].year}-${partners.concentration[partners.concentration.length - 1].year}`,
                })}
              >
                <ConcentrationChart view={partners} />
              </ChartFrame>
              <ConcentrationTable view={partners} />
            </>
          ) : null}
        </section>
      ) : null}

      <h2>{t('events')}</h2>
      <EventList
        events={party.events}
        party={party.code}
        allHref={`/events?party=${encodeURIComponent(party.code)}`}
        allLabel={t('allEvents', { name: local.shortName })}
      />
    </>
  )
}

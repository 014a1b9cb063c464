import type { Metadata } from 'next'
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
import { ParamNotice } from '@/components/ui/param-notice'
import { Table } from '@/components/tables/table'
import { StatusBadge } from '@/components/ui/status-badge'
import { formatDay, todayIso } from '@/lib/dates'
import { getParty } from '@/lib/queries/parties'
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

const KIND_LABELS: Record<string, string> = {
  state: 'State',
  territory: 'Territory with limited recognition',
  bloc: 'Bloc',
  organization: 'Organization',
  aggregate: 'Statistical aggregate',
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const party = await getPartyOrNull((await params).code)
  return party
    ? viewMetadata({ title: party.name, description: `${party.name}: memberships in the multilateral forums by date and status, with sources.` })
    : { title: 'Party not found' }
}

export default async function PartyPage({ params, searchParams }: Props) {
  const party = await getPartyOrNull((await params).code)
  if (!party) notFound()
  const today = todayIso()
  const [updated, applications, trade] = await Promise.all([
    lastUpdated({ partyCode: party.code }),
    listApplications({ parties: [party.code] }),
    tradePartners(party.code, await searchParams),
  ])
  const partners = trade.view
  const now = inForce(party.memberships, today).sort((a, b) => a.forumName.localeCompare(b.forumName))
  const csv = `/api/memberships.csv?parties=${encodeURIComponent(party.code)}`
  // The Gantt chart's time axis starts in 1991 or at the first interval, whichever is earlier, and ends today.
  const ganttStart = Math.min(1991, ...party.memberships.map((m) => Number(m.validFrom.slice(0, 4))))
  return (
    <>
      <p className="kicker">
        {KIND_LABELS[party.kind] ?? party.kind} · {party.region} · {party.code}
      </p>
      <div className="view-head">
        <h1>{party.name}</h1>
        <CiteThis title={`${party.name}: forum memberships and trade`} path={`/parties/${encodeURIComponent(party.code)}`} />
      </div>
      <p className="updated" data-last-updated={updated ?? ''}>
        Last updated: {updated ? <>{formatDay(updated.slice(0, 10))} (curated change)</> : 'as shipped in the dataset (prisma/data)'}
      </p>

      <h2>Memberships today</h2>
      {now.length === 0 ? (
        <p className="muted">
          No membership in force as of <Day value={today} />.
        </p>
      ) : (
        <Table
          caption={
            <>
              In force on <Day value={today} />
            </>
          }
          columns={[
            { id: 'forum', header: 'Forum', cell: (m) => <Link href={`/forums/${encodeURIComponent(m.forumCode)}`}>{m.forumName}</Link> },
            { id: 'status', header: 'Status', cell: (m) => <StatusBadge status={m.status} /> },
            { id: 'since', header: 'Since', nowrap: true, cell: (m) => <Day value={m.validFrom} precision={m.validFromPrecision} /> },
            {
              id: 'run',
              header: 'In the forum since',
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

      <h2>Dated history</h2>
      <p className="muted">
        Every interval in every forum, oldest first.{' '}
        <a href={csv} download>
          Download CSV
        </a>
      </p>
      {party.memberships.length ? (
        <ChartFrame
          title={`${party.name}: memberships by forum and status`}
          period={`${ganttStart} – ${formatDay(today)}`}
          source={sourceLine(party.memberships.map((m) => m.source))}
          filename={chartFileBase({ chart: 'party', subject: [party.code], period: `${ganttStart}-${today}` })}
        >
          <PartyGantt intervals={party.memberships} today={today} partyName={party.name} />
        </ChartFrame>
      ) : null}
      {party.memberships.length ? (
        <MembershipHistory rows={party.memberships} show="forum" caption={`${party.shortName}: all membership intervals`} />
      ) : (
        <p className="muted">No membership recorded.</p>
      )}

      {applications.length ? (
        <>
          <h2>Applications</h2>
          <p className="muted">Requests for a status, dated and sourced (pending, or granted later: see the history above).</p>
          <ApplicationList rows={applications} show="forum" caption={`${party.shortName}: applications`} />
        </>
      ) : null}

      <h2>Sources of this history</h2>
      <ol className="source-list">
        {[...new Map(party.memberships.map((m) => [m.source.id, m.source])).values()].map((s) => (
          <li key={s.id}>
            <SourceLink source={s} />
            {s.publisher ? <span className="muted"> · {s.publisher}</span> : null}
          </li>
        ))}
      </ol>

      {partners.ranking ? (
        <section aria-labelledby="partners-h" id="trade-partners">
          <h2 id="partners-h">Trade partners</h2>
          {trade.problem ? <ParamNotice problem={trade.problem} /> : null}
          <PartnerRanking view={partners} action={`/parties/${encodeURIComponent(party.code)}#trade-partners`} />
          {partners.concentration.length > 1 ? (
            <>
              <h3>Partner concentration</h3>
              <p className="muted">
                The Herfindahl–Hirschman index of the partners&rsquo; shares (Σ share², in percent): 10,000 if all trade went to one partner, lower the more it
                is spread. Computed over the partners in the dataset, so a lower bound; each year from one source.
              </p>
              <ChartFrame
                title={`${party.name}: partner concentration of ${partners.flow === 'total' ? 'trade' : `${partners.flow}s`} (HHI)`}
                period={`${partners.concentration[0].year}–${partners.concentration[partners.concentration.length - 1].year}`}
                source={sourceLine(Object.values(partners.sources))}
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

      <h2>Events attended</h2>
      <EventList
        events={party.events}
        party={party.code}
        allHref={`/events?party=${encodeURIComponent(party.code)}`}
        allLabel={`All events ${party.shortName} attended on the events timeline`}
      />
    </>
  )
}

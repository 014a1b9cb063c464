import type { Locale } from '@/lib/i18n/locales'
import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ChartFrame } from '@/components/charts/chart-frame'
import { PartyGantt } from '@/components/charts/party-gantt'
import { EmbedView } from '@/components/embed/embed-view'
import { getNameBook } from '@/lib/queries/names'
import { viewMetadata } from '@/lib/share/metadata'
import { partyFigure } from '@/lib/share/view-figures'

type Props = { params: Promise<{ code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const figure = await partyFigure((await params).code, (await getLocale()) as Locale)
  return figure ? viewMetadata({ title: figure.party.name }) : { title: (await getTranslations('embed'))('partyNotFound') }
}

/** /embed/parties/CODE: the party's memberships by forum and status (the Gantt chart of /parties/CODE) (docs/embed.md). */
export default async function EmbedParty({ params }: Props) {
  const locale = (await getLocale()) as Locale
  const figure = await partyFigure((await params).code, locale)
  if (!figure) notFound()
  const { party, today, meta } = figure
  // Forum and party names in the page's language, as on /parties/CODE.
  const names = await getNameBook(locale)
  const intervals = party.memberships.map((m) => {
    const forum = names.forum(m.forumCode, { name: m.forumName, shortName: m.forumName })
    return { ...m, forumName: forum.name, forumNameLang: forum.lang }
  })
  return (
    <EmbedView title={meta.title} period={meta.period}>
      {party.memberships.length ? (
        <ChartFrame {...meta}>
          <PartyGantt intervals={intervals} today={today} partyName={names.party(party.code, party).name} />
        </ChartFrame>
      ) : (
        <p className="muted">{(await getTranslations('embed'))('noMembership')}</p>
      )}
    </EmbedView>
  )
}

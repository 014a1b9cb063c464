import { formatDay } from '../dates'
import { DATA_LICENCE } from '../licences'
import { DATASET_VERSION } from '../release/manifest'
import { STATUS_LABELS, type MembershipStatus } from '../domain/vocabulary'
import { changePermalink, type DatedChange } from '../transforms/changes'
import { changesSearch, summitDetail } from './changes'

/**
 * /changes.atom: the newest changes as an Atom 1.0 feed (RFC 4287). Entries are dated by the day
 * of the world the change happened (midnight UTC), like the page; each entry's id is its permalink
 * on /changes (the day before it to its day, its forum and party, and the row's anchor), so it is
 * the same in every feed that carries it and a reader never sees one change twice.
 */

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
// Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text or an attribute value, escaped for XML. */
export const xml = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c])

const word = (s: MembershipStatus) => STATUS_LABELS[s].toLowerCase()
const withArticle = (s: MembershipStatus) => `${/^[aeiou]/.test(word(s)) ? 'an' : 'a'} ${word(s)}`

/** The entry's title: the change in one line. */
export function changeTitle(c: DatedChange): string {
  const forum = `${c.forumName} (${c.forumCode})`
  switch (c.kind) {
    case 'joined':
      return `${c.partyName} joined ${forum} as ${word(c.status!)}`
    case 'status-changed':
      return `${c.partyName} in ${forum}: ${word(c.previousStatus!)} → ${word(c.status!)}`
    case 'left':
      return `${c.partyName} left ${forum} (was ${word(c.previousStatus!)})`
    case 'applied':
      return `${c.partyName} applied to become ${withArticle(c.status!)} of ${forum}`
    case 'summit':
      return `${c.event!.kind === 'summit' ? 'Summit' : 'Meeting'} of ${forum}: ${c.event!.title}`
  }
}

/** The entry's summary: when (as precisely as known), what, the note, and the source by name. */
function changeSummary(c: DatedChange): string {
  const when = formatDay(c.day, c.precision)
  const what =
    c.kind === 'summit'
      ? `${summitDetail(c)}.${c.partyName && c.role ? ` ${c.partyName} attended as ${c.role.replace(/_/g, ' ')}.` : ''}`
      : c.kind === 'applied' && c.previousStatus
        ? `${changeTitle(c)} (it was ${withArticle(c.previousStatus)}).`
        : `${changeTitle(c)}.`
  const source = `Source: ${c.source.title}${c.source.publisher ? ` (${c.source.publisher})` : ''}${c.source.url ? `, ${c.source.url}` : ''}.`
  return [`${when}: ${what}`, c.note, source].filter(Boolean).join(' ')
}

const stamp = (day: string) => `${day}T00:00:00Z`

export interface AtomFeedInput {
  forum: string | null
  party: string | null
  kind: string | null
  /** Names for the feed's title. */
  forumName?: string
  partyName?: string
  /** Newest first. */
  changes: readonly DatedChange[]
}

/** The feed document. `origin` makes every address absolute (https://example.org); `today` dates an empty feed. */
export function changesAtom(feed: AtomFeedInput, origin: string, today: string): string {
  const search = changesSearch({ forum: feed.forum, party: feed.party, kind: feed.kind })
  const scope = [feed.forumName ? `in ${feed.forumName}` : null, feed.partyName ? `of ${feed.partyName}` : null].filter(Boolean).join(' ')
  const self = `${origin}/changes.atom${search}`
  const updated = feed.changes.length ? stamp(feed.changes.reduce((max, c) => (c.day > max ? c.day : max), feed.changes[0].day)) : stamp(today)
  const entries = feed.changes.map((c) => {
    const permalink = `${origin}${changePermalink(c)}`
    const links = [
      `    <link rel="alternate" type="text/html" href="${xml(permalink)}"/>`,
      `    <link rel="related" type="text/html" href="${xml(`${origin}/forums/${encodeURIComponent(c.forumCode)}`)}" title="${xml(c.forumName)}"/>`,
      c.partyCode
        ? `    <link rel="related" type="text/html" href="${xml(`${origin}/parties/${encodeURIComponent(c.partyCode)}`)}" title="${xml(c.partyName ?? c.partyCode)}"/>`
        : null,
      c.source.url ? `    <link rel="via" href="${xml(c.source.url)}" title="${xml(c.source.title)}"/>` : null,
    ].filter(Boolean)
    return [
      '  <entry>',
      `    <id>${xml(permalink)}</id>`,
      `    <title type="text">${xml(changeTitle(c))}</title>`,
      `    <updated>${stamp(c.day)}</updated>`,
      ...links,
      `    <category term="${xml(c.kind)}" label="${xml(c.kind)}"/>`,
      `    <summary type="text">${xml(changeSummary(c))}</summary>`,
      '  </entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xml(self)}</id>`,
    `  <title type="text">${xml(`forum-atlas: what changed${scope ? ` ${scope}` : ''}`)}</title>`,
    `  <subtitle type="text">${xml('The newest accessions, changes of status, departures, applications and summits in the forums of Central Asia, the South Caucasus and Afghanistan, dated as they happened in the world, each with its source.')}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>forum-atlas</name><uri>${xml(`${origin}/`)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${origin}/changes${search}`)}"/>`,
    `  <generator uri="${xml(`${origin}/`)}">forum-atlas</generator>`,
    `  <rights type="text">${xml(`Data under ${DATA_LICENCE.name} (${DATA_LICENCE.url}): credit forum-atlas and the source of each change. Dataset version ${DATASET_VERSION}.`)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

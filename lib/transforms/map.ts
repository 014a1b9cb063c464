import { MEMBERSHIP_STATUSES, STATUS_LABELS, type MembershipStatus } from '../domain/vocabulary'
import { formatDay } from '../dates'
import { STATUS_RANK } from './matrix'
import type { IntervalFacts } from '../domain/types'

/**
 * The membership map of one forum on one day, without geometry: who has which status, how many per
 * status, and which parties the map cannot draw (and why). Pure; where a party is on the map is
 * decided by the caller (lib/geo/frame.ts) and passed in.
 */

export interface MapPartyInput {
  code: string
  name: string
  shortName: string
  kind: string
  region: string
}

export interface MapIntervalInput extends IntervalFacts {
  partyCode: string
}

/** Drawn, or why not: not a territory (bloc, organization, group), no ISO 3166-1 code, no outline
 *  in the map's geometry, or an outline outside the regional frame. */
export type Placement = { drawn: true } | { drawn: false; why: 'no-territory' | 'no-iso-code' | 'no-outline' | 'outside-frame' }

export interface MapEntry extends Omit<MapIntervalInput, 'partyCode'> {
  code: string
  name: string
  kind: string
  region: string
  placement: Placement
}

export interface MapModel {
  /** Every party with a status, by status (member first) then name. */
  entries: MapEntry[]
  byCode: Record<string, MapEntry>
  counts: Record<MembershipStatus, number>
  /** Parties that have no outline of their own on any map: blocs, organizations, XNC… */
  offMap: MapEntry[]
  /** States with an outline that lies outside the regional frame. */
  outsideFrame: MapEntry[]
}

export function buildMapModel(input: { parties: MapPartyInput[]; intervals: MapIntervalInput[] }, placementOf: (party: MapPartyInput) => Placement): MapModel {
  const parties = new Map(input.parties.map((p) => [p.code, p]))
  const entries: MapEntry[] = []
  for (const { partyCode, ...interval } of input.intervals) {
    const party = parties.get(partyCode)
    if (!party) throw new Error(`interval of unknown party ${partyCode}`)
    entries.push({ ...interval, code: party.code, name: party.name, kind: party.kind, region: party.region, placement: placementOf(party) })
  }
  entries.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.name.localeCompare(b.name, 'en'))
  const counts = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, 0])) as Record<MembershipStatus, number>
  for (const e of entries) counts[e.status]++
  return {
    entries,
    byCode: Object.fromEntries(entries.map((e) => [e.code, e])),
    counts,
    offMap: entries.filter((e) => !e.placement.drawn && e.placement.why !== 'outside-frame'),
    outsideFrame: entries.filter((e) => !e.placement.drawn && e.placement.why === 'outside-frame'),
  }
}

/** Why a party is not drawn, as a sentence fragment for the list beside the map. */
export function notDrawnReason(entry: Pick<MapEntry, 'kind' | 'placement'>): string {
  if (entry.placement.drawn) return ''
  switch (entry.placement.why) {
    case 'no-territory':
      return entry.kind === 'bloc'
        ? 'a bloc of states, not a single territory'
        : entry.kind === 'organization'
          ? 'an international organization, not a territory'
          : 'a group of countries, not a single territory'
    case 'no-iso-code':
      return 'has no ISO 3166-1 code, by which the map matches outlines to parties (its area is drawn without a status)'
    case 'no-outline':
      return 'the map’s outlines (Natural Earth) have none for it'
    case 'outside-frame':
      return 'outside the regional frame'
  }
}

/** "member since 16 Aug 2006", as precisely as the date is known. */
export function statusSince(entry: Pick<MapEntry, 'status' | 'validFrom' | 'validFromPrecision'>): string {
  return `${STATUS_LABELS[entry.status].toLowerCase()} since ${formatDay(entry.validFrom, entry.validFromPrecision)}`
}

/** A country's tooltip (its SVG <title>): "Uzbekistan: suspended since 28 Jun 2012". */
export function countryTitle(name: string, entry: MapEntry | undefined, forumShortName: string): string {
  return entry ? `${name}: ${statusSince(entry)}` : `${name}: no status in ${forumShortName}`
}

/** The map's text alternative: the forum, the day and the count of each status present. */
export function mapSummary(model: MapModel, forumShortName: string, day: string): string {
  const present = MEMBERSHIP_STATUSES.filter((s) => model.counts[s] > 0)
  const plural = (s: MembershipStatus, n: number) => (n === 1 || s === 'suspended' ? STATUS_LABELS[s].toLowerCase() : `${STATUS_LABELS[s].toLowerCase()}s`)
  const counts = present.map((s) => `${model.counts[s]} ${plural(s, model.counts[s])}`)
  const what = counts.length ? counts.join(', ') : 'no participants'
  return `Map of ${forumShortName} on ${formatDay(day)}: ${what}. Every party and its status is listed in the table below the map.`
}

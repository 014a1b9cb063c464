import { describe, expect, it } from 'vitest'
import { buildMapModel, countryTitle, mapSummary, notDrawnReason, type MapIntervalInput, type MapPartyInput, type Placement } from './map'

const source = { id: 's1', title: 'A source', publisher: null, url: null, published: null, kind: 'official' }
const party = (code: string, name: string, kind = 'state'): MapPartyInput => ({ code, name, shortName: name, kind, region: 'Central Asia' })
const interval = (
  partyCode: string,
  status: MapIntervalInput['status'],
  validFrom: string,
  validFromPrecision: MapIntervalInput['validFromPrecision'] = 'day',
): MapIntervalInput => ({
  partyCode,
  status,
  validFrom,
  validFromPrecision,
  validTo: null,
  validToPrecision: null,
  note: null,
  source,
})

const parties = [
  party('UZB', 'Uzbekistan'),
  party('KAZ', 'Kazakhstan'),
  party('EU', 'European Union', 'bloc'),
  party('BLR', 'Belarus'),
  party('TKM', 'Turkmenistan'),
]
const placement = (p: MapPartyInput): Placement =>
  p.kind !== 'state' ? { drawn: false, why: 'no-territory' } : p.code === 'BLR' ? { drawn: false, why: 'outside-frame' } : { drawn: true }

describe('the map model', () => {
  const model = buildMapModel(
    {
      parties,
      intervals: [
        interval('UZB', 'suspended', '2012-06-28'),
        interval('KAZ', 'member', '2002-10-07'),
        interval('EU', 'observer', '2010-01-01', 'year'),
        interval('BLR', 'member', '2024-07-04'),
      ],
    },
    placement,
  )

  it('lists every party with a status, members first, and counts each status', () => {
    expect(model.entries.map((e) => e.code)).toEqual(['BLR', 'KAZ', 'EU', 'UZB'])
    expect(model.counts).toEqual({ member: 2, observer: 1, partner: 0, associate: 0, applicant: 0, suspended: 1 })
    expect(model.byCode.TKM).toBeUndefined()
  })

  it('separates parties without territory from states outside the frame, with reasons', () => {
    expect(model.offMap.map((e) => e.code)).toEqual(['EU'])
    expect(notDrawnReason(model.offMap[0])).toMatch(/bloc/)
    expect(model.outsideFrame.map((e) => e.code)).toEqual(['BLR'])
    expect(notDrawnReason(model.byCode.KAZ)).toBe('')
  })

  it('titles a country with its status and since when, as precisely as known', () => {
    expect(countryTitle('Uzbekistan', model.byCode.UZB, 'CSTO')).toBe('Uzbekistan: suspended since 28 Jun 2012')
    expect(countryTitle('European Union', model.byCode.EU, 'CSTO')).toBe('European Union: observer since 2010')
    expect(countryTitle('Turkmenistan', undefined, 'CSTO')).toBe('Turkmenistan: no status in CSTO')
  })

  it('sums the map up in words for its text alternative', () => {
    expect(mapSummary(model, 'CSTO', '2012-07-01')).toBe(
      'Map of CSTO on 1 Jul 2012: 2 members, 1 observer, 1 suspended. Every party and its status is listed in the table below the map.',
    )
    expect(mapSummary(buildMapModel({ parties, intervals: [] }, placement), 'SCO', '1995-01-01')).toMatch(/no participants/)
  })

  it('refuses an interval of a party it does not know', () => {
    expect(() => buildMapModel({ parties: [], intervals: [interval('UZB', 'member', '2000-01-01')] }, placement)).toThrow(/UZB/)
  })
})

it('does not pluralise "suspended"', () => {
  const two = buildMapModel(
    {
      parties,
      intervals: [
        interval('UZB', 'suspended', '2012-06-28'),
        interval('KAZ', 'suspended', '2012-06-28'),
        interval('BLR', 'applicant', '2012-06-28'),
        interval('TKM', 'applicant', '2012-06-28'),
      ],
    },
    placement,
  )
  expect(mapSummary(two, 'X', '2013-01-01')).toMatch(/: 2 applicants, 2 suspended\./)
})

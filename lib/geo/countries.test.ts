import { describe, expect, it } from 'vitest'
import { loadDataset } from '../dataset/load'
import { countryShapes, numericCode, shapeOf } from './countries'
import { mapFrame, placementIn, REGION_FIT } from './frame'

/** The map's geometry against the shipped dataset (prisma/data): every state is drawn, or is listed here. */

const territorial = loadDataset().parties.filter((p) => p.kind === 'state' || p.kind === 'territory')

/**
 * Parties with territory that the map cannot draw, and why. Keep this list short and explained:
 * the page lists these beside the map with the same reason.
 */
const KNOWN_MISSING: Record<string, string> = {
  // Northern Cyprus: partially recognised, no ISO 3166-1 code (XNC is a user-assigned code), so
  // nothing ties it to an outline. Natural Earth draws "N. Cyprus" without an id: it appears on
  // the map without a status.
  XNC: 'no-iso-code',
  // States that no longer exist (OSCE and Council of Europe history): their codes were withdrawn
  // from ISO 3166-1 (now in ISO 3166-3), and a map of today's borders has no outline for them.
  SUN: 'no-iso-code',
  YUG: 'no-iso-code',
  CSK: 'no-iso-code',
  DDR: 'no-iso-code',
}

/**
 * Where Natural Earth's short name differs from ours only in spelling: proof that the ISO code
 * led to the right outline (any other mismatch means a wrong code).
 */
const SPELLINGS: Record<string, string> = {
  BIH: 'Bosnia and Herz.',
  CAF: 'Central African Rep.',
  CIV: "Côte d'Ivoire",
  GMB: 'Gambia',
  MKD: 'Macedonia',
  VAT: 'Vatican',
  TUR: 'Turkey',
  USA: 'United States of America',
}

describe('country outlines for the parties of the dataset', () => {
  it('has territorial parties to check', () => {
    expect(territorial.length).toBeGreaterThan(70)
  })

  it.each(territorial.map((p) => [p.code, p.name] as const))('%s (%s) has an outline at both scales, or is a known gap', (code) => {
    const world = mapFrame('world')
    const placement = placementIn(world, { code, kind: 'state' })
    if (code in KNOWN_MISSING) {
      // The gap is real: if the geometry gains it, take it off the list.
      expect(placement).toEqual({ drawn: false, why: KNOWN_MISSING[code] })
      return
    }
    expect(shapeOf(code, '50m'), `${code} has no 1:50m outline`).not.toBeNull()
    expect(placement, `${code} is not drawn on the world map`).toEqual({ drawn: true })
  })

  it('finds each outline through the ISO code to the right country (its Natural Earth name is ours)', () => {
    const wrong = territorial
      .filter((p) => !(p.code in KNOWN_MISSING))
      .map((p) => ({ code: p.code, ours: [p.name, p.short_name], theirs: shapeOf(p.code, '50m')!.name }))
      .filter((m) => !m.ours.includes(m.theirs) && SPELLINGS[m.code] !== m.theirs)
    expect(wrong).toEqual([])
  })

  it('translates alpha-3 to ISO numeric from the ISO table, not from a table of ours', () => {
    expect(numericCode('UZB')).toBe('860')
    expect(numericCode('AFG')).toBe('004')
    expect(numericCode('EU')).toBeNull()
    expect(numericCode('XNC')).toBeNull()
    expect(countryShapes('110m').find((s) => s.id === '860')?.alpha3).toBe('UZB')
  })
})

describe('map frames', () => {
  it('draws every focus country whole in the regional frame, and leaves far-away states out', () => {
    const region = mapFrame('region')
    for (const code of REGION_FIT) expect(placementIn(region, { code, kind: 'state' }), code).toEqual({ drawn: true })
    for (const code of ['USA', 'BRA', 'AUS']) expect(placementIn(region, { code, kind: 'state' }), code).toEqual({ drawn: false, why: 'outside-frame' })
    const uzb = region.paths.find((p) => p.alpha3 === 'UZB')!
    expect(uzb.centroid[0]).toBeGreaterThan(0)
    expect(uzb.centroid[0]).toBeLessThan(region.width)
    expect(uzb.centroid[1]).toBeGreaterThan(0)
    expect(uzb.centroid[1]).toBeLessThan(region.height)
  })

  it('draws small states on the world map from the finer outlines, and Antarctica not at all', () => {
    const world = mapFrame('world')
    for (const code of ['BHR', 'MDV', 'COM']) expect(placementIn(world, { code, kind: 'state' }), code).toEqual({ drawn: true })
    expect(world.paths.some((p) => p.id === '010')).toBe(false)
    expect(new Set(world.paths.map((p) => p.id ?? p.name)).size).toBe(world.paths.length)
  })

  it('never draws blocs, organizations or aggregates', () => {
    for (const kind of ['bloc', 'organization', 'aggregate'])
      expect(placementIn(mapFrame('world'), { code: 'EU', kind })).toEqual({ drawn: false, why: 'no-territory' })
  })
})

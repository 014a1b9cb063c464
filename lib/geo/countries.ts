import 'server-only'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import countryCodes from 'i18n-iso-countries/index.js'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world110m from 'world-atlas/countries-110m.json'
import world50m from 'world-atlas/countries-50m.json'

/**
 * Country outlines for the map: Natural Earth's Admin 0 boundaries (public domain) as shipped by
 * the `world-atlas` package (TopoJSON, ISC), bundled with the app: nothing is fetched at run time.
 * world-atlas identifies a country by its ISO 3166-1 *numeric* code (a string like "860"); our
 * party codes are ISO 3166-1 *alpha-3* for states, translated by `i18n-iso-countries` (the ISO
 * table, not one of ours). Two scales: 1:50m for the regional view (and for the few small states
 * that 1:110m leaves out), 1:110m for the world view.
 */

export type Scale = '50m' | '110m'
export interface CountryShape {
  /** ISO 3166-1 numeric, as world-atlas writes it ("004"); null for the few shapes without one. */
  id: string | null
  /** ISO 3166-1 alpha-3 when the numeric code has one. */
  alpha3: string | null
  /** Natural Earth's short English name ("Bosnia and Herz."). */
  name: string
  feature: Feature<Geometry, { name: string }>
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>

const cache = new Map<Scale, CountryShape[]>()

export function countryShapes(scale: Scale): CountryShape[] {
  let shapes = cache.get(scale)
  if (!shapes) {
    const topology = (scale === '50m' ? world50m : world110m) as unknown as CountriesTopology
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
    shapes = collection.features.map((f) => {
      const id = f.id === undefined ? null : String(f.id)
      return { id, alpha3: id ? (countryCodes.numericToAlpha3(id) ?? null) : null, name: f.properties.name, feature: f }
    })
    cache.set(scale, shapes)
  }
  return shapes
}

/** The ISO 3166-1 numeric code of an alpha-3 party code, or null (blocs, organizations, XNC…). */
export function numericCode(alpha3: string): string | null {
  return countryCodes.alpha3ToNumeric(alpha3) ?? null
}

/** The shape of a party at a scale, found through its ISO numeric code; null when there is none. */
export function shapeOf(partyCode: string, scale: Scale): CountryShape | null {
  const numeric = numericCode(partyCode)
  if (!numeric) return null
  return countryShapes(scale).find((s) => s.id === numeric) ?? null
}

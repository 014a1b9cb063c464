/**
 * Maps the names and codes trade files use onto our party codes. IMF names are those of the IMF
 * DOTS extract itself (the IMF Direction of Trade Statistics extract, which gives each IMF name with its ISO
 * code); ISO 3166-1 alpha-3 codes map to themselves; World is WLD. A name not known here is an
 * error (the importer names the line); a known country that is not a party of the dataset is a
 * rejected row with its reason.
 */

const IMF_NAMES: Record<string, string> = {
  'Afghanistan, Islamic Rep. of': 'AFG',
  'Armenia, Rep. of': 'ARM',
  'Azerbaijan, Rep. of': 'AZE',
  'Bahrain, Kingdom of': 'BHR',
  'Belarus, Rep. of': 'BLR',
  'China, P.R.: Mainland': 'CHN',
  'European Union': 'EU',
  Georgia: 'GEO',
  Hungary: 'HUN',
  India: 'IND',
  'Iran, Islamic Rep. of': 'IRN',
  'Kazakhstan, Rep. of': 'KAZ',
  Kuwait: 'KWT',
  'Kyrgyz Rep.': 'KGZ',
  Mongolia: 'MNG',
  Oman: 'OMN',
  Pakistan: 'PAK',
  Qatar: 'QAT',
  'Russian Federation': 'RUS',
  'Saudi Arabia': 'SAU',
  'Tajikistan, Rep. of': 'TJK',
  Turkey: 'TUR',
  Turkmenistan: 'TKM',
  'United Arab Emirates': 'ARE',
  'United States': 'USA',
  'Uzbekistan, Rep. of': 'UZB',
  World: 'WLD',
}

/** Codes some publishers use for aggregates: IMF's EUU, Comtrade Plus's W00 and numeric 0 for World. */
const CODE_ALIASES: Record<string, string> = { EUU: 'EU', W00: 'WLD', WLD: 'WLD', '0': 'WLD' }

const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

export interface CountryResolver {
  /** Our party code, or null when the name/code is unknown. `known` = whether the party exists in the dataset. */
  resolve(input: { name?: string; iso3?: string; code?: string }): { code: string; known: boolean } | null
}

export function countryResolver(parties: { code: string; name: string; shortName: string }[]): CountryResolver {
  const existing = new Set(parties.map((p) => p.code))
  const byName = new Map<string, string>()
  for (const [name, code] of Object.entries(IMF_NAMES)) byName.set(normalise(name), code)
  for (const p of parties) {
    byName.set(normalise(p.name), p.code)
    byName.set(normalise(p.shortName), p.code)
  }
  byName.set(normalise('Turkey'), 'TUR')
  byName.set(normalise('China'), 'CHN')
  return {
    resolve({ name, iso3, code }) {
      const iso = iso3?.trim().toUpperCase()
      // Any code of the dataset's own (EU, CA5, GCC…), as the app's own trade file writes them.
      if (iso && existing.has(iso)) return { code: iso, known: true }
      if (iso) {
        const mapped = CODE_ALIASES[iso] ?? (/^[A-Z]{3}$/.test(iso) ? iso : null)
        if (mapped) return { code: mapped, known: existing.has(mapped) }
      }
      if (code !== undefined && CODE_ALIASES[code.trim()]) return { code: CODE_ALIASES[code.trim()], known: true }
      if (name) {
        const mapped = byName.get(normalise(name))
        if (mapped) return { code: mapped, known: existing.has(mapped) }
      }
      return null
    },
  }
}

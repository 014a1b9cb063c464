import countryCodes from 'i18n-iso-countries/index.js'
import ruCountries from 'i18n-iso-countries/langs/ru.json'
import { DEFAULT_LOCALE, type Locale } from './locales'

countryCodes.registerLocale(ruCountries)

/** A name as shown, and the language it is in (a name with no sourced translation stays English). */
export interface LocalName {
  name: string
  shortName: string
  lang: Locale
}

export interface EnglishName {
  name: string
  shortName: string
}

/** Stored translations of one language: code → name (prisma/data/names/, table localized_name). */
export interface StoredNames {
  forums: Record<string, EnglishName>
  parties: Record<string, EnglishName>
}

/**
 * The names of forums and parties in one interface language. Forums and non-state parties take
 * the names stored with their sources; states take the ISO country names of `i18n-iso-countries`
 * (already the map's table of codes). Whatever has neither keeps its English name, marked as English.
 */
export interface NameBook {
  locale: Locale
  forum(code: string, english: EnglishName): LocalName
  party(code: string, english: EnglishName): LocalName
}

export function nameBook(locale: Locale, stored: StoredNames): NameBook {
  const english = (n: EnglishName): LocalName => ({ name: n.name, shortName: n.shortName, lang: DEFAULT_LOCALE })
  if (locale === DEFAULT_LOCALE) return { locale, forum: (_, n) => english(n), party: (_, n) => english(n) }
  return {
    locale,
    forum: (code, n) => {
      const local = stored.forums[code]
      return local ? { ...local, lang: locale } : english(n)
    },
    party: (code, n) => {
      const local = stored.parties[code]
      if (local) return { ...local, lang: locale }
      const country = countryName(code, locale)
      return country ? { name: country, shortName: country, lang: locale } : english(n)
    },
  }
}

/** A state's name in `locale` by its ISO 3166-1 alpha-3 code, or null. */
export function countryName(alpha3: string, locale: Locale): string | null {
  const alpha2 = countryCodes.alpha3ToAlpha2(alpha3)
  return (alpha2 && countryCodes.getName(alpha2, locale)) || null
}

/** The names of one kind in one language: code → name (only those that have one in that language). */
export type NameTable = Record<string, { name: string; shortName: string }>

/** Every forum's and party's name in `lang` where it has one (stored, or a state's ISO name); English adds none. */
export interface LocalNames {
  lang: Locale
  forums: NameTable
  parties: NameTable
}

import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import type { Locale } from './locales'

/** The message key (under `matrix.client.regions`) of an English region label: "Central Asia" → CentralAsia. */
export type RegionKey = keyof (typeof en)['matrix']['client']['regions']

export function regionKey(region: string): RegionKey {
  return region.replace(/[^A-Za-z]/g, '') as RegionKey
}

const REGIONS: Record<Locale, Record<RegionKey, string>> = { en: en.matrix.client.regions, ru: ru.matrix.client.regions }

/**
 * A region's word in `locale`, read from the message files directly: the query layer orders rows by
 * it, and must not load next-intl (whose React entry the server-only code paths and the benchmark,
 * run under the react-server condition, cannot import). English is the label itself.
 */
export function regionWord(region: string, locale: Locale): string {
  return locale === 'en' ? region : (REGIONS[locale][regionKey(region)] ?? region)
}

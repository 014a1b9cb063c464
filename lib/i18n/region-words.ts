import 'server-only'
import en from '../../messages/en.json'
import ru from '../../messages/ru.json'
import type { Locale } from './locales'
import { regionKey, type RegionKey } from './regions'

const REGIONS: Record<Locale, Record<RegionKey, string>> = { en: en.matrix.client.regions, ru: ru.matrix.client.regions }

/**
 * A region's word in `locale`, read from the message files directly: the query layer orders rows by
 * it, and must not load next-intl (whose React entry the server-only code paths and the benchmark,
 * run under the react-server condition, cannot import). English is the label itself. Server only:
 * it holds both message files (a client component takes its words from useTranslations).
 */
export function regionWord(region: string, locale: Locale): string {
  return locale === 'en' ? region : (REGIONS[locale][regionKey(region)] ?? region)
}

import { useLocale } from 'next-intl'
import type { SourceRef } from '@/lib/domain/types'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/** A citation: the source's title, linked when it has an address, with its publisher. Titles and publishers are the record's, in English (marked so on a page in another language). */
export function SourceLink({ source, compact = false }: { source: SourceRef; compact?: boolean }) {
  const locale = useLocale()
  const label = compact ? (source.publisher ?? source.title) : source.title
  const title = [source.title, source.publisher, source.published].filter(Boolean).join(' · ')
  return (
    <cite className="source" title={title} lang={locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE}>
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          {label}
        </a>
      ) : (
        <a href={`/sources#${source.id}`}>{label}</a>
      )}
    </cite>
  )
}

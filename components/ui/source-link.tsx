import { useLocale } from 'next-intl'
import type { SourceRef } from '@/lib/domain/types'

/**
 * The language a source's title or publisher is written in. Sources carry no language of their own:
 * most are English, some Russian (ТАСС, the Kremlin's Russian pages); Cyrillic letters tell them apart.
 */
export const sourceLang = (text: string): 'en' | 'ru' => (/[А-Яа-яЁё]/.test(text) ? 'ru' : 'en')

/** A citation: the source's title, linked when it has an address, with its publisher. The title is the record's, marked with its language when it is not the page's. */
export function SourceLink({ source, compact = false }: { source: SourceRef; compact?: boolean }) {
  const locale = useLocale()
  const label = compact ? (source.publisher ?? source.title) : source.title
  const title = [source.title, source.publisher, source.published].filter(Boolean).join(' · ')
  return (
    <cite className="source" title={title} lang={sourceLang(label) === locale ? undefined : sourceLang(label)}>
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

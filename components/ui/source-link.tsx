import type { SourceRef } from '@/lib/domain/types'

/** A citation: the source's title, linked when it has an address, with its publisher. */
export function SourceLink({ source, compact = false }: { source: SourceRef; compact?: boolean }) {
  const label = compact ? (source.publisher ?? source.title) : source.title
  const title = [source.title, source.publisher, source.published].filter(Boolean).join(' · ')
  return (
    <cite className="source" title={title}>
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

import { useLocale } from 'next-intl'
import type { SourceRef } from '@/lib/domain/types'
import { textLang, textParts } from '@/lib/i18n/text-lang'
import { RecordText } from './local-name'

/** The language a source's title or publisher is written in (lib/i18n/text-lang.ts). */
export const sourceLang = textLang

/** A citation: the source's title, linked when it has an address, with its publisher. The title is the record's, marked with its language when it is not the page's. */
export function SourceLink({ source, compact = false }: { source: SourceRef; compact?: boolean }) {
  const locale = useLocale()
  const label = compact ? (source.publisher ?? source.title) : source.title
  const title = [source.title, source.publisher, source.published].filter(Boolean).join(' · ')
  const parts = textParts(label)
  // One language: on the <cite>; a Russian title with its translation: each part its own (RecordText).
  const text = parts.length > 1 ? <RecordText text={label} /> : label
  return (
    <cite className="source" title={title} lang={parts.length > 1 || parts[0].lang === locale ? undefined : parts[0].lang}>
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          {text}
        </a>
      ) : (
        <a href={`/sources#${source.id}`}>{text}</a>
      )}
    </cite>
  )
}

/** A source in a list: its title (linked to its address, when it has one) and its publisher, each in its own language. */
export function SourceTitle({ source }: { source: { title: string; url: string | null; publisher: string | null } }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          <RecordText text={source.title} />
        </a>
      ) : (
        <RecordText text={source.title} />
      )}
      {source.publisher ? (
        <span className="muted">
          {' '}
          · <RecordText text={source.publisher} />
        </span>
      ) : null}
    </>
  )
}

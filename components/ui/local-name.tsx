import { useLocale } from 'next-intl'
import { markedParts, textParts, type ForeignPart } from '@/lib/i18n/text-lang'
import type { LocalName } from '@/lib/i18n/names'
import { el, fragment, type Html } from '@/lib/html'

/**
 * A forum's or party's name in the page's language; a name that has no sourced translation stays
 * in English, marked as such (`lang`) so that screen readers pronounce it right.
 */
export function Name({ value, short = false }: { value: LocalName; short?: boolean }) {
  const text = short ? value.shortName : value.name
  return value.lang === useLocale() ? <>{text}</> : <span lang={value.lang}>{text}</span>
}

/**
 * Text of the record (a note, an event's title, a source's title) in the language it was written
 * in, English unless said otherwise: the interface does not translate facts. Marked with `lang`
 * on a page in another language.
 */
export function InLanguage({ children, lang = 'en', as: Tag = 'span' }: { children: React.ReactNode; lang?: string; as?: 'span' | 'div' | 'p' }) {
  return lang === useLocale() ? <>{children}</> : <Tag lang={lang}>{children}</Tag>
}

/** A text of the record (a source's title) in its own language or languages (lib/i18n/text-lang.ts). */
export function RecordText({ text }: { text: string }) {
  return (
    <>
      {textParts(text).map((part, i) => (
        <InLanguage key={i} lang={part.lang}>
          {part.text}
        </InLanguage>
      ))}
    </>
  )
}

/** A label of words in the page's language with names in others (a chart series), each name marked with its language. */
export function MarkedText({ text, foreign }: { text: string; foreign?: readonly ForeignPart[] }) {
  if (!foreign?.length) return <>{text}</>
  return (
    <>
      {markedParts(text, foreign).map((part, i) =>
        part.lang ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  )
}

/** MarkedText's markup, for a table written as one HTML string (components/tables/table-html.ts). */
export function markedTextHtml(text: string, foreign: readonly ForeignPart[] | undefined): Html | string {
  if (!foreign?.length) return text
  return fragment(...markedParts(text, foreign).map((part) => (part.lang ? el('span', { lang: part.lang }, part.text) : part.text)))
}

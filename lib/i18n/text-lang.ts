/**
 * The language a text of the record (a source's title or publisher) is written in, as far as this
 * dataset goes: Russian when it has Cyrillic letters, English otherwise. Sources carry no language of
 * their own; most are English, some Russian (ТАСС, the Kremlin's Russian pages).
 */
export function textLang(text: string): 'ru' | 'en' {
  return /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en'
}

/**
 * A text of the record in its languages: a Russian title followed by its English translation in
 * brackets ("О заседании … (On the meeting …)", as the dataset writes Russian sources) is two parts,
 * each marked with its own language; anything else is one part.
 */
export function textParts(text: string): { text: string; lang: 'ru' | 'en' }[] {
  const bilingual = /^([\s\S]*[\u0400-\u04ff][\s\S]*?)(\s*)(\([^()\u0400-\u04ff]*[A-Za-z][^()\u0400-\u04ff]*\))$/.exec(text)
  if (bilingual)
    return [
      { text: bilingual[1], lang: 'ru' },
      { text: `${bilingual[2]}${bilingual[3]}`, lang: 'en' },
    ]
  return [{ text, lang: textLang(text) }]
}

/** A run of a text in another language than the page's (a name with no translation), as `markedParts` finds it. */
export interface ForeignPart {
  text: string
  lang: string
}

/**
 * A text built of words in the page's language and names in others ("Казахстан → члены C5+FR"):
 * its parts, each foreign name marked with its language (`lang` absent: the page's).
 */
export function markedParts(text: string, foreign: readonly ForeignPart[] = []): { text: string; lang?: string }[] {
  let parts: { text: string; lang?: string }[] = [{ text }]
  for (const f of foreign) {
    if (!f.text) continue
    parts = parts.flatMap((part) => {
      if (part.lang) return [part]
      const pieces = part.text.split(f.text)
      return pieces.flatMap((piece, i) => [...(i ? [{ text: f.text, lang: f.lang }] : []), ...(piece ? [{ text: piece }] : [])])
    })
  }
  return parts
}

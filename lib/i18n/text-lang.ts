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

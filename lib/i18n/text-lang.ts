/**
 * The language a text of the record (a source's title) is written in, as far as this dataset
 * goes: Russian when it has Cyrillic letters, English otherwise. Marks it with `lang` (<InLanguage>).
 */
export function textLang(text: string): 'ru' | 'en' {
  return /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en'
}

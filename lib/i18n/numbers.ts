/**
 * Numbers and lists as the page's language writes them, without Intl. The first Intl.NumberFormat
 * or ListFormat a page creates loads ICU's data for it on the browser's main thread (about 60 ms on
 * a fast desktop, several times that on a phone) while the page hydrates; written out here, the
 * server and the browser also produce the same characters whatever their ICU versions.
 *
 * English keeps what its pages have always shown: `toFixed`'s digits, no grouping. Russian is what
 * CLDR writes (Intl 'ru'): groups of three separated by a no-break space, a decimal comma, the
 * hyphen-minus; lib/i18n/numbers.test.ts compares the two. Both round as `toFixed` does.
 */

const NBSP = '\u00a0'

/** `value` with `digits` decimals ("12.3"; "12,3", "−" as "-", "1 234 567"); `trim` drops trailing zeros ("0.25" for 0.250). */
export function formatDecimal(value: number, digits: number, locale: string, { trim = false }: { trim?: boolean } = {}): string {
  let text = Number.isFinite(value) ? value.toFixed(digits) : String(value)
  if (trim && text.includes('.')) text = text.replace(/\.?0+$/, '')
  if (locale === 'en' || !Number.isFinite(value)) return text
  const [whole, fraction] = text.split('.')
  const sign = whole.startsWith('-') ? '-' : ''
  const grouped = whole.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`
}

/** "a, b and c"; in Russian "a, b и c" (Intl.ListFormat's conjunction). */
export function formatList(words: readonly string[], locale: string): string {
  if (words.length <= 1) return words[0] ?? ''
  const and = locale === 'en' ? ' and ' : ' и '
  return `${words.slice(0, -1).join(', ')}${and}${words[words.length - 1]}`
}

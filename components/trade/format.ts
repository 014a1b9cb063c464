import { formatDecimal } from '@/lib/i18n/numbers'

/** US$ for people: "$89.4 bn", "$987.9 m", with the exact figure kept for tables and tooltips; in
 *  Russian "89,4 млрд долл.", "987,9 млн долл." (the units of Russian statistical releases). */
export function formatUsd(value: number, locale: 'en' | 'ru' = 'en'): string {
  const abs = Math.abs(value)
  const [scaled, digits, unit] =
    abs >= 1e9
      ? [value / 1e9, abs >= 1e11 ? 0 : 1, 'bn']
      : abs >= 1e6
        ? [value / 1e6, abs >= 1e8 ? 0 : 1, 'm']
        : abs >= 1e3
          ? [value / 1e3, 0, 'k']
          : [value, 0, '']
  if (locale === 'ru') {
    const number = formatDecimal(scaled, digits, 'ru')
    const ruUnit = { bn: '\u00a0млрд', m: '\u00a0млн', k: '\u00a0тыс.', '': '' }[unit]
    return `${number}${ruUnit} долл.`
  }
  return `$${scaled.toFixed(digits)}${unit ? ` ${unit}` : ''}`
}

/** The exact figure: "US$ 1,234,567.50"; in Russian "1 234 567,50 долл. США". */
export function formatUsdExact(value: string, locale: 'en' | 'ru' = 'en'): string {
  const [whole, frac] = value.split('.')
  if (locale === 'ru') return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')}${frac ? `,${frac.padEnd(2, '0')}` : ''} долл. США`
  return `US$ ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac.padEnd(2, '0')}` : ''}`
}

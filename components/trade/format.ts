/** US$ for people: "$89.4 bn", "$987.9 m", with the exact figure kept for tables and tooltips. */
export function formatUsd(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e9) return `$${(value / 1e9).toFixed(abs >= 1e11 ? 0 : 1)} bn`
  if (abs >= 1e6) return `$${(value / 1e6).toFixed(abs >= 1e8 ? 0 : 1)} m`
  if (abs >= 1e3) return `$${(value / 1e3).toFixed(0)} k`
  return `$${value.toFixed(0)}`
}

export function formatUsdExact(value: string): string {
  const [whole, frac] = value.split('.')
  return `US$ ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac.padEnd(2, '0')}` : ''}`
}

/**
 * Exact decimal conversion of a value in millions to units, on the decimal string (no floating
 * point: 57676.727675 million must become exactly 57676727675). Published extracts carry binary
 * float artefacts (1.1349999999999996 million), so the result is rounded half-up to the cent.
 */
export function millionsToUnits(value: string): string {
  const m = /^(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value.trim())
  if (!m) throw new Error(`not a non-negative decimal: "${value}"`)
  const [, whole, frac = '', exp = '0'] = m
  // value = digits * 10^-decimals; tenths of a cent = value * 10^9 (millions → units → cents → tenths)
  const digits = BigInt(whole + frac)
  const shift = 9 - (frac.length - Number(exp))
  const tenths = shift >= 0 ? digits * 10n ** BigInt(shift) : digits / 10n ** BigInt(-shift)
  const cents = (tenths + 5n) / 10n
  const units = cents / 100n
  const rest = cents % 100n
  if (rest === 0n) return units.toString()
  return `${units}.${rest.toString().padStart(2, '0').replace(/0$/, '')}`
}

/** A decimal as the app writes it everywhere: no trailing zeros after the point, no bare point ("12.40" → "12.4", "7.00" → "7"). */
export function canonicalDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value
}

import { z } from 'zod'

/**
 * What a day is, everywhere a date comes in (URL parameters, dataset files, curators' forms,
 * imports): `YYYY-MM-DD`, a real calendar day, within the years the dashboard covers. One rule, so
 * that a curator cannot save a date a shared link would refuse.
 */

const FIRST_DAY = '1900-01-01'
const LAST_DAY = '2100-12-31'

function isRealDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isRealDay, 'is not a real calendar date')
  .refine((v) => v >= FIRST_DAY && v <= LAST_DAY, `must be between ${FIRST_DAY} and ${LAST_DAY}`)

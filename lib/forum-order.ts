/** The default column order of forums: the region's treaty organizations by weight, then the
 *  summit formats, platforms and processes. Forums not listed follow, by code. */
const DEFAULT_FORUM_ORDER = [
  'SCO',
  'EAEU',
  'CSTO',
  'CIS',
  'OTS',
  'ECO',
  'OIC',
  'GUAM',
  'EURASEC',
  'CACO',
  'C5',
  'C5+CN',
  'C5+RU',
  'C5+US',
  'C5+EU',
  'C5+GCC',
  'C5+IN',
  'SPECA',
  '3+3',
]

export function inDefaultOrder<T extends { code: string }>(forums: T[]): T[] {
  const rank = (code: string) => {
    const i = DEFAULT_FORUM_ORDER.indexOf(code)
    return i === -1 ? DEFAULT_FORUM_ORDER.length : i
  }
  return [...forums].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code))
}

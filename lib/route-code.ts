/**
 * A party or forum code from a path segment, or null when it cannot be one: invalid percent-encoding
 * (`%ff`), a NUL or any other character a code never has. Null is answered 404 by the page, before
 * anything reaches the database.
 */
export function codeFromSegment(segment: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return null
  }
  return /^[A-Za-z0-9+]{2,12}$/.test(decoded) ? decoded : null
}

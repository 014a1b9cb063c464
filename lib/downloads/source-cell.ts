import type { SourceRef } from '../domain/types'

/** The `source` cell of every download: the URL when there is one, else the title and publisher (seed documents, printed works). */
export function sourceCell(s: Pick<SourceRef, 'url' | 'title' | 'publisher'>): string {
  return s.url ?? `${s.title}${s.publisher ? ` (${s.publisher})` : ''}`
}

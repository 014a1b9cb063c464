import type { SourceListItem } from '../queries/sources'

/** /api/export/sources.csv: every source of the dataset, with how many facts cite it. */
export const SOURCES_CSV_COLUMNS = ['id', 'title', 'publisher', 'url', 'published', 'kind', 'note', 'facts'] as const

export function sourceCsvRow(s: SourceListItem) {
  return [s.id, s.title, s.publisher ?? '', s.url ?? '', s.published ?? '', s.kind, s.note ?? '', s.facts]
}

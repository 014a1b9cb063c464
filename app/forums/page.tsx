import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { Day } from '@/components/ui/day'
import { FORUM_KIND_LABELS } from '@/lib/domain/vocabulary'
import { Table, type TableColumn } from '@/components/tables/table'
import { listForums, type ForumListItem } from '@/lib/queries/forums'

export const metadata: Metadata = { title: 'Forums' }

const COLUMNS: TableColumn<ForumListItem>[] = [
  { id: 'forum', header: 'Forum', cell: (f) => <Link href={`/forums/${encodeURIComponent(f.code)}`}>{f.name}</Link> },
  { id: 'code', header: 'Code', cell: (f) => f.code },
  { id: 'kind', header: 'Kind', cell: (f) => FORUM_KIND_LABELS[f.kind as keyof typeof FORUM_KIND_LABELS] },
  { id: 'founded', header: 'Founded', nowrap: true, cell: (f) => <Day value={f.founded} precision={f.foundedPrecision} /> },
  { id: 'dissolved', header: 'Dissolved', nowrap: true, cell: (f) => <Day value={f.dissolved} precision={f.dissolvedPrecision} /> },
  { id: 'members', header: 'Members today', numeric: true, cell: (f) => (f.dissolved ? '—' : f.currentMembers) },
]

export default async function ForumsPage() {
  await connection()
  const forums = await listForums()
  return (
    <>
      <h1>Forums</h1>
      <p className="lede">Treaty organizations, summit formats and dialogue platforms, with their founding dates.</p>
      <Table caption={`${forums.length} forums`} columns={COLUMNS} rows={forums} rowKey={(f) => f.code} />
    </>
  )
}

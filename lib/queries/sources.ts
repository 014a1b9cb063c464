import 'server-only'
import { cache } from 'react'
import { db, type Db } from './client'

export interface SourceListItem {
  id: string
  title: string
  publisher: string | null
  url: string | null
  published: string | null
  kind: string
  note: string | null
  uses: { memberships: number; events: number; tradeFlows: number; forums: number }
}

export const listSources = cache(async (given?: Db): Promise<SourceListItem[]> => {
  const prisma = await db(given)
  const rows = await prisma.source.findMany({
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      published: true,
      kind: true,
      note: true,
      _count: { select: { memberships: true, events: true, tradeFlows: true, forums: true } },
    },
    orderBy: [{ kind: 'asc' }, { id: 'asc' }],
  })
  return rows.map(({ _count, ...s }) => ({ ...s, uses: _count }))
})

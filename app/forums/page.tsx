import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { Day } from '@/components/ui/day'
import { FORUM_KIND_LABELS } from '@/lib/domain/vocabulary'
import { listForums } from '@/lib/queries/forums'

export const metadata: Metadata = { title: 'Forums' }

export default async function ForumsPage() {
  await connection()
  const forums = await listForums()
  return (
    <>
      <h1>Forums</h1>
      <p className="lede">Treaty organizations, summit formats and dialogue platforms, with their founding dates.</p>
      <div className="table-scroll">
        <table className="data">
          <caption>{forums.length} forums</caption>
          <thead>
            <tr>
              <th scope="col">Forum</th>
              <th scope="col">Code</th>
              <th scope="col">Kind</th>
              <th scope="col">Founded</th>
              <th scope="col">Dissolved</th>
              <th scope="col">Members today</th>
            </tr>
          </thead>
          <tbody>
            {forums.map((f) => (
              <tr key={f.code}>
                <th scope="row">
                  <Link href={`/forums/${encodeURIComponent(f.code)}`}>{f.name}</Link>
                </th>
                <td>{f.code}</td>
                <td>{FORUM_KIND_LABELS[f.kind as keyof typeof FORUM_KIND_LABELS]}</td>
                <td className="nowrap">
                  <Day value={f.founded} precision={f.foundedPrecision} />
                </td>
                <td className="nowrap">
                  <Day value={f.dissolved} precision={f.dissolvedPrecision} />
                </td>
                <td className="num">{f.dissolved ? '—' : f.currentMembers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

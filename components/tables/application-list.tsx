import Link from '@/components/ui/link'
import { Day } from '@/components/ui/day'
import { SourceLink } from '@/components/ui/source-link'
import { StatusBadge } from '@/components/ui/status-badge'
import type { ApplicationSummary } from '@/lib/queries/applications'

/** Applications for a status, as a table; `show` picks the party or the forum column. */
export function ApplicationList({ rows, show, caption }: { rows: ApplicationSummary[]; show: 'party' | 'forum' | 'both'; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data applications">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{show === 'forum' ? 'Forum' : 'Party'}</th>
            {show === 'both' ? <th scope="col">Forum</th> : null}
            <th scope="col">Applied for</th>
            <th scope="col">Applied</th>
            <th scope="col">Note</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={`${a.partyCode}-${a.forumCode}-${a.soughtStatus}-${a.applied}`}>
              <th scope="row">
                {show === 'forum' ? (
                  <Link href={`/forums/${encodeURIComponent(a.forumCode)}`}>{a.forumName}</Link>
                ) : (
                  <Link href={`/parties/${encodeURIComponent(a.partyCode)}`}>{a.partyName}</Link>
                )}
              </th>
              {show === 'both' ? (
                <td>
                  <Link href={`/forums/${encodeURIComponent(a.forumCode)}`}>{a.forumName}</Link>
                </td>
              ) : null}
              <td>
                <StatusBadge status={a.soughtStatus} />
              </td>
              <td className="nowrap">
                <Day value={a.applied} precision={a.appliedPrecision} />
              </td>
              <td className="note">{a.note}</td>
              <td>
                <SourceLink source={a.source} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import type { ReactNode } from 'react'

/**
 * A chart's numbers as a table in a <details> element: the text alternative of a chart whose values
 * are not already in a table on the page (screen readers, no-JS readers — recharts draws nothing
 * without JavaScript — and print, where it is opened). Plain markup, usable from server and client
 * components.
 */
export function ChartData({
  caption,
  head,
  rows,
  summary = 'The numbers behind the chart',
}: {
  caption: ReactNode
  /** Column headings; the first column heads the row labels. */
  head: ReactNode[]
  /** One row per line: a label, then one cell per remaining column (null = no figure). */
  rows: { key: string; label: ReactNode; cells: (ReactNode | null)[] }[]
  summary?: string
}) {
  return (
    <details className="alt chart-data">
      <summary>{summary}</summary>
      <div className="table-scroll">
        <table className="data">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, i) => (
                  <td key={i} className="num">
                    {c ?? <span className="muted">–</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/** "a, b and c" */
export function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

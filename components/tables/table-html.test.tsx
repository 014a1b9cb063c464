import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { el, fragment } from '@/lib/html'
import { Table } from './table'
import { tableHtml } from './table-html'

type Row = { name: string; foreign?: string; years: Record<number, string> }

const rows: Row[] = [
  { name: 'Kazakhstan → China', years: { 2001: 'I', 2002: 'N' } },
  { name: 'A & B <c>', foreign: 'C5+FR', years: { 2002: 'I' } },
]
const years = [2001, 2002]

// React quotes every attribute value; the serializer leaves out the quotes a value does not need.
const unquote = (html: string) => html.replace(/="([^"\s=<>`']+)"/g, '=$1')

describe('tableHtml', () => {
  it('is the markup of Table for the same rows, columns, cells and cell attributes', () => {
    const react = renderToStaticMarkup(
      <Table<Row>
        caption="Years with a figure"
        className="coverage-strip"
        rows={rows}
        rowKey={(r) => r.name}
        columns={[
          {
            id: 'series',
            header: 'Series',
            cell: (r) => (
              <>
                {r.name}
                {r.foreign ? <span lang="en">{r.foreign}</span> : null}
              </>
            ),
          },
          ...years.map((y) => ({
            id: String(y),
            header: String(y).slice(2),
            headerClassName: 'year',
            cell: (r: Row) => r.years[y] ?? <span className="sr-only">no figure</span>,
            cellProps: (r: Row) => (r.years[y] ? { className: `cov cov-${r.years[y]}`, title: `${y}: a "source" & more` } : { className: 'cov cov-gap' }),
          })),
        ]}
      />,
    )
    const html = tableHtml<Row>({
      caption: 'Years with a figure',
      className: 'coverage-strip',
      rows,
      columns: [
        { id: 'series', header: 'Series', cell: (r) => fragment(r.name, r.foreign ? el('span', { lang: 'en' }, r.foreign) : null) },
        ...years.map((y) => ({
          id: String(y),
          header: String(y).slice(2),
          headerClassName: 'year',
          cell: (r: Row) => r.years[y] ?? el('span', { class: 'sr-only' }, 'no figure'),
          cellAttributes: (r: Row) => (r.years[y] ? { class: `cov cov-${r.years[y]}`, title: `${y}: a "source" & more` } : { class: 'cov cov-gap' }),
        })),
      ],
    }).html
    // Table's scrolling region stays a React element around the string (TradeCoverage).
    const table = react.slice(react.indexOf('<table'), react.lastIndexOf('</div>'))
    expect(html).toBe(unquote(table))
    expect(html).toContain('<td class="cov cov-I" title="2001: a &quot;source&quot; &amp; more">I</td>')
    expect(html).toContain('<th scope=row>A &amp; B &lt;c&gt;<span lang=en>C5+FR</span></th>')
  })
})

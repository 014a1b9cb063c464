import { renderToStaticMarkup } from 'react-dom/server'
import { NextIntlClientProvider } from 'next-intl'
import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import { el } from '@/lib/html'
import { ChartData, ChartDataHtml } from './chart-data'

// React quotes every attribute value; the serializer leaves out the quotes a value does not need.
const unquote = (html: string) => html.replace(/="([^"\s=<>`']+)"/g, '=$1')
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" timeZone="UTC" messages={en}>
      {node}
    </NextIntlClientProvider>,
  )

describe('ChartDataHtml', () => {
  it('is the markup of ChartData for the same caption, headings and rows, the table as one string', () => {
    const rows = [
      { key: '2019', label: 2019, cells: ['12.5 %', null] },
      { key: '2020', label: 2020, cells: ['-3.0 %', '4 < 5 & 6'] },
    ]
    const react = render(
      <ChartData
        summary="Growth per year as a table"
        caption="Growth (per cent)"
        head={[
          'Year',
          'Kazakhstan → China',
          <>
            Kazakhstan → <span lang="en">C5+FR</span>
          </>,
        ]}
        rows={rows}
      />,
    )
    const html = render(
      <ChartDataHtml
        summary="Growth per year as a table"
        caption="Growth (per cent)"
        head={['Year', 'Kazakhstan → China', { html: `Kazakhstan → ${el('span', { lang: 'en' }, 'C5+FR').html}` }]}
        rows={rows}
      />,
    )
    expect(unquote(html)).toBe(unquote(react))
    expect(html).toContain('<td class=num><span class=muted>–</span></td>')
    expect(html).toContain('<td class=num>4 &lt; 5 &amp; 6</td>')
  })
})

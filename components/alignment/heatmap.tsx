import { useLocale, useTranslations } from 'next-intl'
import { formatDecimal } from '@/lib/i18n/numbers'
import { ChartData } from '@/components/charts/chart-data'
import { ChartScroll } from '@/components/charts/chart-scroll'
import type { SimilarityMatrix } from '@/lib/transforms/similarity'

/**
 * The party × party similarity heatmap, drawn on the server: a single-hue scale (light = unlike,
 * dark = alike) that survives greyscale printing, with the score written in each cell. Each cell is
 * a link that charts that pair over time.
 */
export function Heatmap({
  matrix,
  names,
  hrefFor,
  selected,
}: {
  matrix: SimilarityMatrix
  names: Record<string, string>
  hrefFor: (a: string, b: string) => string
  selected: [string, string] | null
}) {
  const t = useTranslations('alignment')
  const locale = useLocale()
  const n = matrix.parties.length
  const CELL = n > 30 ? 22 : 34
  const LEFT = 56
  const TOP = 60
  const size = LEFT + n * CELL + 4
  const shade = (s: number) => {
    const l = Math.round(96 - s * 70) // lightness 96% → 26%
    return `hsl(205 60% ${l}%)`
  }
  const fixed2 = (s: number) => formatDecimal(s, 2, locale)
  const shown = (s: number) => (s === 1 ? '1' : fixed2(s).replace(/^0/, ''))
  return (
    <figure className="heatmap">
      <ChartScroll label={t('heatmap.scrollLabel')}>
        <svg
          viewBox={`0 0 ${size} ${TOP + n * CELL + 4}`}
          style={{ maxWidth: size, minWidth: size }}
          role="group"
          aria-label={t('heatmap.label', { count: n })}
        >
          {matrix.parties.map((p, i) => (
            <g key={p}>
              <text x={LEFT - 6} y={TOP + i * CELL + CELL / 2 + 4} textAnchor="end" fontSize={12} fill="var(--ink, #1c2430)">
                <title>{names[p]}</title>
                {p}
              </text>
              <text
                x={LEFT + i * CELL + CELL / 2}
                y={TOP - 8}
                textAnchor="start"
                fontSize={12}
                fill="var(--ink, #1c2430)"
                transform={`rotate(-55 ${LEFT + i * CELL + CELL / 2} ${TOP - 8})`}
              >
                <title>{names[p]}</title>
                {p}
              </text>
            </g>
          ))}
          {matrix.parties.map((a, i) =>
            matrix.parties.map((b, j) => {
              const s = matrix.scores[i][j]
              const isSel = selected && ((selected[0] === a && selected[1] === b) || (selected[0] === b && selected[1] === a))
              return (
                <a key={`${a}-${b}`} href={hrefFor(a, b)} aria-label={t('heatmap.cell', { a: names[a], b: names[b], score: shown(s) })}>
                  <rect
                    x={LEFT + j * CELL}
                    y={TOP + i * CELL}
                    width={CELL - 1}
                    height={CELL - 1}
                    fill={shade(s)}
                    stroke={isSel ? 'var(--alert, #cc3311)' : 'none'}
                    strokeWidth={isSel ? 3 : 0}
                    data-pair={`${a}-${b}`}
                    data-score={s.toFixed(4)}
                  >
                    <title>{t('heatmap.cellTitle', { a: names[a], b: names[b], score: fixed2(s), shared: matrix.shared[i][j] })}</title>
                  </rect>
                  {CELL >= 30 ? (
                    <text
                      x={LEFT + j * CELL + CELL / 2 - 0.5}
                      y={TOP + i * CELL + CELL / 2 + 4}
                      textAnchor="middle"
                      fontSize={10}
                      fill={s > 0.55 ? '#fff' : '#1c2430'}
                      pointerEvents="none"
                    >
                      {shown(s)}
                    </text>
                  ) : null}
                </a>
              )
            }),
          )}
        </svg>
      </ChartScroll>
      <ChartData
        summary={t('heatmap.dataSummary')}
        caption={t('heatmap.dataCaption')}
        head={[t('column.party'), ...matrix.parties]}
        rows={matrix.parties.map((a, i) => ({ key: a, label: <abbr title={names[a]}>{a}</abbr>, cells: matrix.scores[i].map(fixed2) }))}
      />
    </figure>
  )
}

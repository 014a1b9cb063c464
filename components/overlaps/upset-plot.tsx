import { useTranslations } from 'next-intl'
import { combinationKey, type Intersection } from '@/lib/transforms/overlaps'
import { ChartScroll } from '@/components/charts/chart-scroll'

/**
 * An UpSet plot drawn as SVG: intersection bars sorted by size on top, the dot matrix below (which
 * forums each exclusive intersection combines), set-size bars on the left. Each column is a link
 * that selects its intersection.
 */
export function UpsetPlot({
  forums,
  intersections,
  hrefFor,
  selectedKey,
}: {
  forums: { code: string; shortName: string; size: number }[]
  intersections: Intersection[]
  hrefFor: (combination: string[]) => string
  selectedKey: string | null
}) {
  const t = useTranslations('overlaps')
  if (intersections.length === 0) return <p className="muted">{t('upset.empty')}</p>
  const COL = 34
  const ROW = 26
  const LEFT = 190
  const TOP = 170
  const barMax = Math.max(...intersections.map((x) => x.parties.length))
  const setMax = Math.max(...forums.map((f) => f.size), 1)
  const width = LEFT + intersections.length * COL + 20
  const height = TOP + forums.length * ROW + 10
  const cx = (i: number) => LEFT + i * COL + COL / 2
  const cy = (j: number) => TOP + j * ROW + ROW / 2
  return (
    <figure className="upset">
      <ChartScroll label={t('upsetHeading')}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          style={{ maxWidth: width, minWidth: width }}
          role="group"
          aria-label={t('upset.label', { count: forums.length })}
        >
          {forums.map((f, j) => (
            <g key={f.code}>
              {j % 2 === 0 ? <rect x={LEFT - 4} y={TOP + j * ROW} width={intersections.length * COL + 8} height={ROW} fill="var(--wash, #f4f6f8)" /> : null}
              <rect x={LEFT - 60 - (f.size / setMax) * 70} y={cy(j) - 7} width={(f.size / setMax) * 70} height={14} fill="var(--muted, #5b6573)" />
              <text x={LEFT - 64 - (f.size / setMax) * 70} y={cy(j) + 4} textAnchor="end" fontSize={12} fill="var(--muted, #5b6573)">
                {f.size}
              </text>
              <text x={LEFT - 52} y={cy(j) + 4} fontSize={12} fill="var(--ink, #1c2430)">
                {f.code}
              </text>
            </g>
          ))}
          {intersections.map((x, i) => {
            const key = combinationKey(x.combination)
            const h = (x.parties.length / barMax) * (TOP - 40)
            const rows = x.combination.map((c) => forums.findIndex((f) => f.code === c))
            const selected = key === selectedKey
            return (
              <a
                key={key}
                href={hrefFor(x.combination)}
                aria-label={t('upset.columnLabel', { forums: x.combination.join(t('and')), count: x.parties.length })}
                className="upset-col"
              >
                <rect x={cx(i) - COL / 2} y={0} width={COL} height={height} fill="transparent" />
                <rect x={cx(i) - 11} y={TOP - 10 - h} width={22} height={h} className={`upset-bar${selected ? ' selected' : ''}`} data-combination={key} />
                <text x={cx(i)} y={TOP - 14 - h} textAnchor="middle" fontSize={12} fill="var(--ink, #1c2430)">
                  {x.parties.length}
                </text>
                {forums.map((_, j) => (
                  <circle
                    key={j}
                    cx={cx(i)}
                    cy={cy(j)}
                    r={7}
                    fill={rows.includes(j) ? (selected ? 'var(--alert, #cc3311)' : 'var(--ink, #1c2430)') : 'var(--line, #d9dee5)'}
                  />
                ))}
                {rows.length > 1 ? (
                  <line
                    x1={cx(i)}
                    x2={cx(i)}
                    y1={cy(Math.min(...rows))}
                    y2={cy(Math.max(...rows))}
                    stroke={selected ? 'var(--alert, #cc3311)' : 'var(--ink, #1c2430)'}
                    strokeWidth={3}
                  />
                ) : null}
              </a>
            )
          })}
          <text x={LEFT - 60} y={TOP - 8} textAnchor="end" fontSize={12} fill="var(--muted, #5b6573)">
            {t('upset.setSize')}
          </text>
        </svg>
      </ChartScroll>
    </figure>
  )
}

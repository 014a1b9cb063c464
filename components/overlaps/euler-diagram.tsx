import * as venn from '@upsetjs/venn.js'
import { useTranslations } from 'next-intl'
import { combinationKey, type Intersection } from '@/lib/transforms/overlaps'
import { ChartScroll } from '@/components/charts/chart-scroll'

/**
 * An area-proportional Euler diagram for two or three forums, laid out by venn.js on the server
 * and drawn as SVG. Each exclusive region is a link that selects it (works without JavaScript),
 * labelled with its count and, where they fit, the party codes.
 */

const FILLS = ['#0072b2', '#e69f00', '#009e73']
const W = 560
const H = 400

export function EulerDiagram({
  forums,
  areas,
  intersections,
  hrefFor,
  selectedKey,
}: {
  forums: { code: string; shortName: string; size: number }[]
  areas: { sets: string[]; size: number }[]
  intersections: Intersection[]
  hrefFor: (combination: string[]) => string
  selectedKey: string | null
}) {
  const t = useTranslations('overlaps')
  const present = forums.filter((f) => f.size > 0)
  if (present.length === 0) return <p className="muted">{t('euler.empty')}</p>
  const codes = present.map((f) => f.code)
  const input = areas.filter((a) => a.sets.every((s) => codes.includes(s)))
  let layout: ReturnType<typeof venn.layout>
  try {
    layout = venn.layout(input, { width: W, height: H, padding: 24 })
  } catch {
    return <p className="muted">{t('euler.layoutFailed')}</p>
  }
  const exclusive = new Map(intersections.map((x) => [combinationKey(x.combination), x]))
  const ordered = [...layout].sort((a, b) => a.data.sets.length - b.data.sets.length)
  const circles = new Map(ordered.filter((r) => r.data.sets.length === 1).map((r) => [r.data.sets[0], r.circles[0]]))
  const circleOf = (set: string) => {
    const c = circles.get(set)!
    return { cx: c.x, cy: c.y, r: c.radius }
  }
  const regions = ordered
    .filter((r) => r.data.sets.every((set) => circles.has(set)))
    .map((r, i) => {
      const combination = codes.filter((c) => r.data.sets.includes(c))
      const key = combinationKey(combination)
      return {
        id: `euler-${i}`,
        key,
        combination,
        inside: combination,
        outside: codes.filter((c) => !combination.includes(c) && circles.has(c)),
        parties: exclusive.get(key)?.parties,
        text: r.text,
      }
    })
  return (
    <figure className="euler">
      <ChartScroll label={t('eulerHeading')}>
        <svg viewBox={`0 0 ${W} ${H}`} style={{ minWidth: W }} role="group" aria-label={t('euler.label', { codes: codes.join(', ') })}>
          {ordered
            .filter((r) => r.data.sets.length === 1)
            .map((r) => {
              const i = codes.indexOf(r.data.sets[0])
              return (
                <path
                  key={`c-${r.data.sets[0]}`}
                  d={r.path}
                  fill={FILLS[i % FILLS.length]}
                  fillOpacity={0.18}
                  stroke={FILLS[i % FILLS.length]}
                  strokeWidth={2.5}
                />
              )
            })}
          {/*
            The regions, each the intersection of its circles (nested clip paths, which also bound
            where a click lands), drawn from single sets up, so that a click in an area shared by
            more forums lands on that area's region. Each region's fill is masked by the circles it
            excludes, so a highlight shows exactly the parties' exclusive area.
          */}
          <defs>
            {regions.map(({ id, inside, outside }) => (
              <g key={id}>
                {inside.slice(1).map((set, k) => (
                  <clipPath key={set} id={`${id}-clip-${k}`}>
                    <circle {...circleOf(set)} clipPath={k + 1 < inside.length - 1 ? `url(#${id}-clip-${k + 1})` : undefined} />
                  </clipPath>
                ))}
                {outside.length ? (
                  <mask id={`${id}-mask`} maskUnits="userSpaceOnUse" x={0} y={0} width={W} height={H}>
                    <rect x={0} y={0} width={W} height={H} fill="#fff" />
                    {outside.map((set) => (
                      <circle key={set} {...circleOf(set)} fill="#000" />
                    ))}
                  </mask>
                ) : null}
              </g>
            ))}
          </defs>
          {regions.map(({ id, key, inside, outside, combination, parties }) => {
            const shape = (
              <circle
                {...circleOf(inside[0])}
                clipPath={inside.length > 1 ? `url(#${id}-clip-0)` : undefined}
                mask={outside.length ? `url(#${id}-mask)` : undefined}
                className={parties ? `region${key === selectedKey ? ' selected' : ''}` : 'region-empty'}
                data-combination={parties ? key : undefined}
              />
            )
            return parties ? (
              <a
                key={key}
                href={hrefFor(combination)}
                // The visible text (the count, then the codes when they fit) stays in the name, after what the region is.
                aria-label={t('euler.regionLabel', {
                  forums: combination.join(t('and')),
                  count: parties.length,
                  codes: parties.length <= 6 ? ` ${parties.join(' ')}` : '',
                })}
                className="region-link"
              >
                {shape}
              </a>
            ) : (
              <g key={key}>{shape}</g>
            )
          })}
          {regions.map(({ key, text, parties }) =>
            parties && text ? (
              // One text element, the words separated by spaces, so that its text reads "5 KAZ KGZ …"
              <text key={key} textAnchor="middle" aria-hidden="true">
                <tspan x={text.x} y={text.y - (parties.length <= 6 ? parties.length * 7 : 0)} className="region-count">
                  {parties.length}
                </tspan>
                {parties.length <= 6
                  ? parties.map((p, k) => (
                      <tspan key={p} x={text.x} y={text.y - parties.length * 7 + 15 + k * 13} className="region-party">
                        {` ${p}`}
                      </tspan>
                    ))
                  : null}
              </text>
            ) : null,
          )}
          {(() => {
            // Each set's label sits just outside its circle, on the side away from the diagram's centre,
            // so labels of nested or overlapping circles do not collide.
            const singles = ordered.filter((r) => r.data.sets.length === 1)
            const cx = singles.reduce((n, r) => n + r.circles[0].x, 0) / singles.length
            const cy = singles.reduce((n, r) => n + r.circles[0].y, 0) / singles.length
            const placed: { x: number; y: number; w: number }[] = []
            // Clear of the labels placed so far, and of every circle's edge: the label's box lies wholly
            // inside or wholly outside each circle, so no line strikes through it.
            const crossesAnEdge = (x: number, y: number, w: number) =>
              [...circles.values()].some((c) => {
                const corners = [-1, 1].flatMap((dx) => [-13, 4].map((dy) => Math.hypot(x + (dx * w) / 2 - c.x, y + dy - c.y) < c.radius + 3))
                return corners.some((v) => v) && !corners.every((v) => v)
              })
            const clear = (x: number, y: number, w: number) =>
              !crossesAnEdge(x, y, w) && placed.every((p) => Math.abs(p.x - x) > (p.w + w) / 2 + 4 || Math.abs(p.y - y) > 18)
            return singles.map((r) => {
              const c = r.circles[0]
              const forum = present.find((f) => f.code === r.data.sets[0])!
              const label = `${forum.shortName} (${forum.size})`
              const w = label.length * 8.5
              const len = Math.hypot(c.x - cx, c.y - cy)
              const outward = len < 1 ? [] : [[(c.x - cx) / len, (c.y - cy) / len]]
              const around = [
                [0, -1],
                [0, 1],
                [-0.7, -0.7],
                [0.7, -0.7],
                [-0.7, 0.7],
                [0.7, 0.7],
                [-1, 0],
                [1, 0],
              ]
              const spot = (d: number[], gap: number) => ({
                x: Math.min(W - w / 2 - 2, Math.max(w / 2 + 2, c.x + d[0] * (c.radius + gap))),
                y: Math.min(H - 6, Math.max(14, c.y + d[1] * (c.radius + gap) + 4)),
              })
              // Next to the circle first, then further out, until a spot is clear.
              const directions = [around[0], around[1], ...outward, ...around.slice(2)]
              const candidates = [14, 30, 50].flatMap((gap) => directions.map((d) => spot(d, gap)))
              const at = candidates.find((q) => clear(q.x, q.y, w)) ?? candidates[0]
              placed.push({ ...at, w })
              return (
                <text
                  key={`l-${forum.code}`}
                  x={at.x}
                  y={at.y}
                  textAnchor="middle"
                  className="set-label"
                  fill={FILLS[codes.indexOf(forum.code) % FILLS.length]}
                >
                  {label}
                </text>
              )
            })
          })()}
        </svg>
      </ChartScroll>
      {forums.some((f) => f.size === 0) ? (
        <figcaption className="muted">
          {t('euler.notDrawn', {
            forums: forums
              .filter((f) => f.size === 0)
              .map((f) => f.shortName)
              .join(', '),
          })}
        </figcaption>
      ) : null}
    </figure>
  )
}

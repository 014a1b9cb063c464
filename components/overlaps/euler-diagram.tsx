import * as venn from '@upsetjs/venn.js'
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
  const present = forums.filter((f) => f.size > 0)
  if (present.length === 0) return <p className="muted">No forum has a participant with these statuses on this date.</p>
  const codes = present.map((f) => f.code)
  const input = areas.filter((a) => a.sets.every((s) => codes.includes(s)))
  let layout: ReturnType<typeof venn.layout>
  try {
    layout = venn.layout(input, { width: W, height: H, padding: 24 })
  } catch {
    return <p className="muted">The diagram could not be laid out for these sets; the UpSet plot and the table below show the same numbers.</p>
  }
  const exclusive = new Map(intersections.map((x) => [combinationKey(x.combination), x]))
  const ordered = [...layout].sort((a, b) => a.data.sets.length - b.data.sets.length)
  return (
    <figure className="euler">
      <ChartScroll label="Euler diagram">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          style={{ minWidth: W }}
          role="group"
          aria-label={`Euler diagram of ${codes.join(', ')}: one circle per forum, areas proportional to the number of parties; each region is a link that lists its parties. The table "Intersections" lists the same numbers.`}
        >
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
          {ordered.map((r) => {
            const combination = codes.filter((c) => r.data.sets.includes(c))
            const key = combinationKey(combination)
            const x = exclusive.get(key)
            if (!x || !r.distinctPath) return null
            const selected = key === selectedKey
            return (
              <a
                key={key}
                href={hrefFor(combination)}
                // The visible text (the count, then the codes when they fit) stays in the name, after what the region is.
                aria-label={`In exactly ${combination.join(' and ')} (${x.parties.length === 1 ? 'party' : 'parties'}): ${x.parties.length}${x.parties.length <= 6 ? ` ${x.parties.join(' ')}` : ''}`}
                className="region-link"
              >
                <path d={r.distinctPath} className={`region${selected ? ' selected' : ''}`} data-combination={key} />
                {/* One text element, the words separated by spaces, so that its text reads "5 KAZ KGZ …" */}
                <text textAnchor="middle">
                  <tspan x={r.text.x} y={r.text.y - (x.parties.length <= 6 ? x.parties.length * 7 : 0)} className="region-count">
                    {x.parties.length}
                  </tspan>
                  {x.parties.length <= 6
                    ? x.parties.map((p, k) => (
                        <tspan key={p} x={r.text.x} y={r.text.y - x.parties.length * 7 + 15 + k * 13} className="region-party">
                          {` ${p}`}
                        </tspan>
                      ))
                    : null}
                </text>
              </a>
            )
          })}
          {(() => {
            // Each set's label sits just outside its circle, on the side away from the diagram's centre,
            // so labels of nested or overlapping circles do not collide.
            const singles = ordered.filter((r) => r.data.sets.length === 1)
            const cx = singles.reduce((n, r) => n + r.circles[0].x, 0) / singles.length
            const cy = singles.reduce((n, r) => n + r.circles[0].y, 0) / singles.length
            const placed: { x: number; y: number; w: number }[] = []
            const clear = (x: number, y: number, w: number) => placed.every((p) => Math.abs(p.x - x) > (p.w + w) / 2 + 4 || Math.abs(p.y - y) > 18)
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
              const spot = (d: number[]) => ({
                x: Math.min(W - w / 2 - 2, Math.max(w / 2 + 2, c.x + d[0] * (c.radius + 14))),
                y: Math.min(H - 6, Math.max(14, c.y + d[1] * (c.radius + 14) + 4)),
              })
              const candidates = [around[0], around[1], ...outward, ...around.slice(2)].map(spot)
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
          Not drawn, no participant counted on this date:{' '}
          {forums
            .filter((f) => f.size === 0)
            .map((f) => f.shortName)
            .join(', ')}
          .
        </figcaption>
      ) : null}
    </figure>
  )
}

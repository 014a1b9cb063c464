import 'server-only'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { geoConicEqualArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo'
import type { Placement } from '../transforms/map'
import type { MapView } from './views'
import { countryShapes, numericCode, shapeOf, type CountryShape } from './countries'

/**
 * The map's two frames, projected once per process (outlines do not change with the date): SVG
 * path strings for every country outline, in a fixed viewBox, ready for a server component.
 *
 * - `region`: Central Asia, the South Caucasus and Afghanistan (the dataset's focus), fitted with
 *   a margin that shows their neighbours, in an equal-area conic projection, 1:50m outlines clipped
 *   to the frame.
 * - `world`: Equal Earth (equal-area), 1:110m outlines without Antarctica, plus the 1:50m outline
 *   of each country that 1:110m leaves out (small states such as Bahrain or the Maldives).
 */

export { type MapView } from './views'

/** The countries the regional frame is fitted to (alpha-3). */
export const REGION_FIT = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'ARM', 'AZE', 'GEO', 'AFG'] as const

export interface FramePath {
  /** ISO 3166-1 numeric code of the outline, or null. */
  id: string | null
  alpha3: string | null
  name: string
  d: string
  /** Centre of the shape in frame coordinates. */
  centroid: [number, number]
  /** Projected area in square pixels (small shapes get a marker so they can be seen). */
  area: number
}

export interface MapFrame {
  view: MapView
  width: number
  height: number
  /** Outline of the globe (world) or the frame (region), for the sea. */
  outline: string
  paths: FramePath[]
  /** ISO numeric codes whose outline is drawn in this frame (wholly or partly). */
  drawnIds: Set<string>
  /** Which outlines, for the caption. */
  outlines: string
}

const WIDTH = 960
const REGION_HEIGHT = 600
const ANTARCTICA = '010'

const frames = new Map<MapView, MapFrame>()

export function mapFrame(view: MapView): MapFrame {
  let frame = frames.get(view)
  if (!frame) {
    frame = view === 'region' ? regionFrame() : worldFrame()
    frames.set(view, frame)
  }
  return frame
}

function collection(shapes: CountryShape[]): FeatureCollection<Geometry> {
  return { type: 'FeatureCollection', features: shapes.map((s) => s.feature as Feature<Geometry>) }
}

function regionFrame(): MapFrame {
  const shapes = countryShapes('50m')
  const fitTo = REGION_FIT.map((code) => numericCode(code))
  const focus = shapes.filter((s) => s.id && fitTo.includes(s.id))
  const margin = { x: 170, y: 60 }
  const projection = geoConicEqualArea()
    .parallels([35, 48])
    .rotate([-62, 0])
    .fitExtent(
      [
        [margin.x, margin.y],
        [WIDTH - margin.x, REGION_HEIGHT - margin.y],
      ],
      collection(focus),
    )
    .clipExtent([
      [0, 0],
      [WIDTH, REGION_HEIGHT],
    ])
  return build('region', shapes, projection, WIDTH, REGION_HEIGHT, `M0,0H${WIDTH}V${REGION_HEIGHT}H0Z`, 1)
}

function worldFrame(): MapFrame {
  const small = countryShapes('110m').filter((s) => s.id !== ANTARCTICA)
  const present = new Set(small.map((s) => s.id).filter(Boolean))
  const extra = countryShapes('50m').filter((s) => s.id && s.id !== ANTARCTICA && !present.has(s.id))
  const shapes = [...small, ...extra]
  // The whole globe's width; the frame ends a little below the southernmost land but Antarctica.
  const projection = geoEqualEarth().fitWidth(WIDTH - 8, { type: 'Sphere' })
  const [x, y] = projection.translate()
  projection.translate([x + 4, y + 4])
  const bottom = Math.ceil(geoPath(projection).bounds(collection(shapes))[1][1]) + 8
  const outline = geoPath(projection).digits(1)({ type: 'Sphere' }) ?? ''
  return build('world', shapes, projection, WIDTH, bottom, outline, 1)
}

function build(view: MapView, shapes: CountryShape[], projection: GeoProjection, width: number, height: number, outline: string, digits: number): MapFrame {
  const path = geoPath(projection).digits(digits)
  const paths: FramePath[] = []
  for (const s of shapes) {
    const d = path(s.feature)
    const area = path.area(s.feature)
    if (!d || (view === 'region' && area === 0)) continue // wholly outside the frame (or only its clipped edge)
    const [cx, cy] = path.centroid(s.feature)
    paths.push({ id: s.id, alpha3: s.alpha3, name: s.name, d, centroid: [round(cx), round(cy)], area })
  }
  return {
    view,
    width,
    height,
    outline,
    paths,
    drawnIds: new Set(paths.map((p) => p.id).filter((c): c is string => Boolean(c))),
    outlines: view === 'region' ? 'Natural Earth 1:50m' : 'Natural Earth 1:110m (1:50m for the states too small for it)',
  }
}

const round = (v: number) => Math.round(v * 10) / 10

/** Where a party is on a frame's map: drawn, or why not. */
export function placementIn(frame: MapFrame, party: { code: string; kind: string }): Placement {
  if (!['state', 'territory'].includes(party.kind)) return { drawn: false, why: 'no-territory' }
  const numeric = numericCode(party.code)
  if (!numeric) return { drawn: false, why: 'no-iso-code' }
  if (frame.drawnIds.has(numeric)) return { drawn: true }
  return shapeOf(party.code, '50m') ? { drawn: false, why: 'outside-frame' } : { drawn: false, why: 'no-outline' }
}

import { useLocale, useTranslations } from 'next-intl'
import type { MapFrame } from '@/lib/geo/frame'
import type { Locale } from '@/lib/i18n/locales'
import { countryName } from '@/lib/i18n/names'
import type { MapModel } from '@/lib/transforms/map'
import { countryTitleText } from './map-text'

/** The outlines of world-atlas that have no ISO 3166-1 code, by their name there: their names are messages `map.shapes.*`. */
const SHAPES_WITHOUT_CODE: Record<string, string> = {
  Somaliland: 'somaliland',
  Kosovo: 'kosovo',
  'N. Cyprus': 'northernCyprus',
  'Indian Ocean Ter.': 'indianOceanTerritories',
  'Siachen Glacier': 'siachenGlacier',
}

/** Shapes smaller than this (square px) also get a dot, so a small state's status can be seen. */
const MARKER_BELOW = 8

/**
 * The choropleth, rendered on the server as plain SVG: each country's outline filled with its
 * status colour (the matrix chips' colours), with a <title> "name: status since date" in the page's
 * language (a country that is no party under its ISO name in that language). The SVG is
 * one image for assistive technology (role="img" + aria-label); the table below the map carries
 * the same facts as text, and its links are the keyboard's way to the party pages (the links on
 * the shapes are for the mouse and are kept out of the tab order).
 */
export function MembershipMap({
  frame,
  model,
  names,
  forumShortName,
  label,
}: {
  frame: MapFrame
  model: MapModel
  /** Our party names by code, in the page's language; a country that is a party links to its page. */
  names: Record<string, string>
  forumShortName: string
  label: string
}) {
  const t = useTranslations('map')
  const locale = useLocale() as Locale
  const localShapeName = (p: { alpha3: string | null; name: string }) =>
    (p.alpha3 && countryName(p.alpha3, locale)) || (SHAPES_WITHOUT_CODE[p.name] ? t(`shapes.${SHAPES_WITHOUT_CODE[p.name]}`) : p.name)
  const shapes = frame.paths.map((p) => {
    const code = p.alpha3 && names[p.alpha3] ? p.alpha3 : null
    const entry = code ? model.byCode[code] : undefined
    const name = code ? names[code] : locale === 'en' ? p.name : localShapeName(p)
    return { ...p, code, entry, title: countryTitleText(t, locale, name, entry, forumShortName) }
  })
  // Countries with a status go last, so their borders are not covered by their neighbours'.
  const ordered = [...shapes.filter((s) => !s.entry), ...shapes.filter((s) => s.entry)]
  return (
    <svg className={`map map-${frame.view}`} viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label} data-view={frame.view}>
      <defs>
        <pattern id="map-hatch-suspended" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect className="hatch-a" width="6" height="6" />
          <rect className="hatch-b" width="3" height="6" />
        </pattern>
      </defs>
      <path className="map-sea" d={frame.outline} />
      {ordered.map((s) => {
        const shape = (
          <path
            className={`map-country${s.entry ? ` status-${s.entry.status}` : ''}`}
            d={s.d}
            data-code={s.code ?? undefined}
            data-status={s.entry?.status ?? ''}
          >
            <title>{s.title}</title>
          </path>
        )
        const marker =
          s.entry && s.area < MARKER_BELOW ? (
            <circle className={`map-marker status-${s.entry.status}`} cx={s.centroid[0]} cy={s.centroid[1]} r={3.5} data-marker={s.code ?? undefined}>
              <title>{s.title}</title>
            </circle>
          ) : null
        const key = `${s.id ?? s.name}`
        // No links inside the image: an element with role="img" must not hold focusable children
        // (axe: nested-interactive). The table under the map links every party to its page.
        return (
          <g key={key}>
            {shape}
            {marker}
          </g>
        )
      })}
    </svg>
  )
}

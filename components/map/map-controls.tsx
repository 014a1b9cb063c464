'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef } from 'react'
import { codeOptions, Picker } from '@/components/ui/picker'
import { TimeControls } from '@/components/ui/time-controls'
import { useUrlState } from '@/components/ui/use-url-state'
import type { MapView } from '@/lib/geo/views'

/**
 * The map's choices: the forum, the frame (region or world) and the date. Every change goes to the
 * URL at once; without JavaScript it is a GET form with an "Apply" button. The fields are
 * uncontrolled (keyed by the URL's value) so a choice shows at once, before the new map arrives.
 */
export function MapControls({
  values,
  forums,
  today,
}: {
  values: { forum: string; asOf: string; view: MapView }
  forums: { code: string; shortName: string; name: string }[]
  today: string
}) {
  const { update, pending } = useUrlState()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  return (
    <form ref={formRef} className="controls map-controls" method="get" action="/map" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Forum</legend>
        <Picker name="forum" label="Forum" options={codeOptions(forums)} value={values.forum} onChange={(forum) => update({ forum })} />
      </fieldset>
      <fieldset className="map-view-switch">
        <legend>Map</legend>
        <label className="inline">
          <input
            type="radio"
            name="view"
            value="region"
            defaultChecked={values.view === 'region'}
            key={`region-${values.view}`}
            onChange={() => update({ view: null })}
          />
          Region
        </label>
        <label className="inline">
          <input
            type="radio"
            name="view"
            value="world"
            defaultChecked={values.view === 'world'}
            key={`world-${values.view}`}
            onChange={() => update({ view: 'world' })}
          />
          World
        </label>
      </fieldset>
      <TimeControls asOf={values.asOf} today={today} update={update} pending={pending} />
      <ControlsFooter pending={pending} />
    </form>
  )
}

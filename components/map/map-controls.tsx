'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { localizedHref, type Locale } from '@/lib/i18n/locales'
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
  const t = useTranslations('mapControls')
  const locale = useLocale() as Locale
  const { update, pending } = useUrlState()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  return (
    <form ref={formRef} className="controls map-controls" method="get" action={localizedHref('/map', locale)} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('forum')}</legend>
        <Picker name="forum" label={t('forum')} options={codeOptions(forums)} value={values.forum} onChange={(forum) => update({ forum })} />
      </fieldset>
      <fieldset className="map-view-switch">
        <legend>{t('map')}</legend>
        <label className="inline">
          <input
            type="radio"
            name="view"
            value="region"
            defaultChecked={values.view === 'region'}
            key={`region-${values.view}`}
            onChange={() => update({ view: null })}
          />
          {t('region')}
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
          {t('world')}
        </label>
      </fieldset>
      <TimeControls asOf={values.asOf} today={today} update={update} pending={pending} />
      <ControlsFooter pending={pending} />
    </form>
  )
}

'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import { localizedHref, type Locale } from '@/lib/i18n/locales'
import { useUrlState } from '@/components/ui/use-url-state'
import { DateInput } from '@/components/ui/date-input'
import { codeOptions, Picker } from '@/components/ui/picker'

/** Forums, counted statuses and date of the overlaps view; a GET form without JavaScript. */
export function OverlapsControls({
  forums,
  selected,
  statuses,
  asOf,
  today,
}: {
  forums: { code: string; shortName: string; name: string }[]
  selected: string[]
  statuses: string[]
  asOf: string
  today: string
}) {
  const t = useTranslations('overlapsControls')
  const ts = useTranslations('statuses')
  const locale = useLocale() as Locale
  const { update, pending } = useUrlState()
  const toggle = (list: string[], v: string, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v))
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  return (
    <form ref={formRef} className="controls" method="get" action={localizedHref('/overlaps', locale)} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="pickers">
        <legend>{t('forums')}</legend>
        <Picker
          name="forums"
          label={t('forumsLabel', { count: selected.length })}
          multiple
          max={10}
          options={codeOptions(forums)}
          value={selected}
          onChange={(next) => next.length > 0 && update({ forums: next.join(','), sel: null })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('statuses')}</legend>
        <div className="checks">
          {MEMBERSHIP_STATUSES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                name="statuses"
                value={s}
                checked={statuses.includes(s)}
                onChange={(e) => {
                  const next = toggle(statuses, s, e.target.checked)
                  if (next.length) update({ statuses: next.join(',') === 'member' ? null : next.join(','), sel: null })
                }}
              />
              {ts(s)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="time">
        <legend>{t('date')}</legend>
        <label>
          <span>{t('asOf')}</span>
          <DateInput name="asOf" min="1991-01-01" max={today} value={asOf} onCommit={(day) => update({ asOf: day })} />
        </label>
        <label className="slider">
          <span>{t('year')}</span>
          <input
            type="range"
            min={1991}
            max={Number(today.slice(0, 4))}
            value={Number(asOf.slice(0, 4))}
            onChange={(e) => {
              const day = `${e.target.value}${asOf.slice(4)}`
              update({ asOf: day > today ? today : day })
            }}
          />
          <output>{asOf.slice(0, 4)}</output>
        </label>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { localizedHref, type Locale } from '@/lib/i18n/locales'
import { useUrlState } from '@/components/ui/use-url-state'
import { DateInput } from '@/components/ui/date-input'
import { Picker } from '@/components/ui/picker'

/** Parties, date, pair and portfolio of the alignment view; a GET form without JavaScript. */
export function AlignmentControls({
  parties,
  chosen,
  asOf,
  today,
  a,
  b,
  party,
  rank,
}: {
  parties: { code: string; name: string; region: string }[]
  chosen: string[]
  asOf: string
  today: string
  a: string
  b: string
  party: string
  /** The party the ranking is against. */
  rank: string
}) {
  const t = useTranslations('alignmentControls')
  const locale = useLocale() as Locale
  const { update, pending } = useUrlState()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  const options = parties.map((p) => ({ value: p.code, label: p.name, code: p.code, group: p.region }))
  // A choice of one party by name; `none` offers "None".
  const partySelect = (name: 'rank' | 'a' | 'b' | 'party', label: string, value: string, none = true) =>
    none ? (
      <Picker name={name} label={label} options={options} value={value} emptyLabel={t('none')} onChange={(v) => update({ [name]: v || null })} />
    ) : (
      <Picker name={name} label={label} options={options} value={value} onChange={(v) => update({ [name]: v })} />
    )
  return (
    <form ref={formRef} className="controls" method="get" action={localizedHref('/alignment', locale)} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('date')}</legend>
        <label>
          <span>{t('asOf')}</span>
          <DateInput name="asOf" min="1991-01-01" max={today} value={asOf} onCommit={(day) => update({ asOf: day })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('ranking')}</legend>
        {partySelect('rank', t('mostAligned'), rank, false)}
      </fieldset>
      <fieldset>
        <legend>{t('pair')}</legend>
        {partySelect('a', t('partyA'), a)}
        {partySelect('b', t('partyB'), b)}
        {partySelect('party', t('portfolioOf'), party)}
      </fieldset>
      <fieldset className="pickers">
        <legend>{t('heatmapParties', { count: chosen.length })}</legend>
        <Picker
          name="parties"
          label={t('partiesLabel')}
          multiple
          options={options}
          value={chosen}
          onChange={(next) => next.length >= 2 && update({ parties: next.join(',') })}
        />
        <button type="button" className="link" onClick={() => update({ parties: null })}>
          {t('reset')}
        </button>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

'use client'

import { useLocale, useTranslations } from 'next-intl'
import { isLocale, localizedHref } from '@/lib/i18n/locales'
import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef, useState } from 'react'
import { codeOptions, Picker, type PickerOption } from '@/components/ui/picker'
import { useUrlState } from '@/components/ui/use-url-state'

const FOCUS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'ARM', 'AZE', 'GEO', 'AFG']
const AGGREGATES = ['SCO', 'EAEU', 'CSTO', 'OTS', 'CIS', 'ECO', 'OIC']

/** Reporters, partners (countries, World, forum aggregates), flow, years and scale; a GET form without JavaScript. Names come in the page's language. */
export function TradeControls({
  reporters,
  partners,
  flow,
  from,
  to,
  scale,
  reporterChoices,
  partnerChoices,
  forumChoices,
  yearRange,
  reportedBy,
}: {
  reporters: string[]
  partners: string[]
  flow: string
  from: number
  to: number
  scale: string
  reporterChoices: { code: string; name: string }[]
  partnerChoices: { code: string; name: string }[]
  forumChoices: { code: string; name: string }[]
  yearRange: { min: number; max: number }
  reportedBy: string
}) {
  const t = useTranslations('trade.controls')
  const locale = useLocale()
  const { update, pending } = useUrlState()
  const [years, setYears] = useState({ from: String(from), to: String(to) })
  const focusFirst = [...reporterChoices].sort((a, b) => Number(!FOCUS.includes(a.code)) - Number(!FOCUS.includes(b.code)))
  const reporterOptions = codeOptions(focusFirst)
  const partnerOptions: PickerOption[] = [
    ...partnerChoices.map((p) =>
      p.code === 'WLD' ? { value: 'WLD', label: t('world') } : { value: p.code, label: p.name, code: p.code, group: t('countries') },
    ),
    // A forum as a partner: its members as of each year.
    ...forumChoices
      .filter((f) => AGGREGATES.includes(f.code))
      .map((f) => ({ value: `forum:${f.code}`, label: t('forumMembers', { forum: f.name }), code: f.code, group: t('forumGroup') })),
  ]
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  // A year applies when it is complete: on Enter, or on leaving the field with four digits.
  const yearInput = (key: 'from' | 'to', label: string) => (
    <label>
      <span>{label}</span>
      <input
        type="number"
        name={key}
        min={yearRange.min}
        max={yearRange.max}
        value={years[key]}
        onChange={(e) => setYears({ ...years, [key]: e.target.value })}
        onBlur={() => /^\d{4}$/.test(years[key]) && update({ [key]: years[key] })}
        onKeyDown={(e) => e.key === 'Enter' && update({ [key]: years[key] })}
      />
    </label>
  )
  return (
    <form
      ref={formRef}
      className="controls"
      method="get"
      action={isLocale(locale) ? localizedHref('/trade', locale) : '/trade'}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="pickers">
        <legend>{t('pickers')}</legend>
        <Picker
          name="reporters"
          label={t('reporters')}
          multiple
          options={reporterOptions}
          value={reporters}
          onChange={(next) => next.length > 0 && update({ reporters: next.join(',') })}
        />
        <Picker
          name="partners"
          label={t('partners')}
          multiple
          options={partnerOptions}
          value={partners}
          onChange={(next) => next.length > 0 && update({ partners: next.join(',') })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('options')}</legend>
        <label>
          <span>{t('flow')}</span>
          <select name="flow" value={flow} onChange={(e) => update({ flow: e.target.value })}>
            <option value="total">{t('flowTotal')}</option>
            <option value="export">{t('flowExport')}</option>
            <option value="import">{t('flowImport')}</option>
          </select>
        </label>
        {yearInput('from', t('from'))}
        {yearInput('to', t('to'))}
        <label>
          <span>{t('reportedBy')}</span>
          <select name="reportedBy" value={reportedBy} onChange={(e) => update({ reportedBy: e.target.value === 'reporter' ? null : e.target.value })}>
            <option value="reporter">{t('byReporter')}</option>
            <option value="partner">{t('byPartner')}</option>
            <option value="both">{t('byBoth')}</option>
          </select>
        </label>
        <label>
          <span>{t('scale')}</span>
          <select name="scale" value={scale} onChange={(e) => update({ scale: e.target.value === 'linear' ? null : e.target.value })}>
            <option value="linear">{t('linear')}</option>
            <option value="log">{t('log')}</option>
          </select>
        </label>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

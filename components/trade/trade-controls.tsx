'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef, useState } from 'react'
import { useUrlState } from '@/components/ui/use-url-state'

const FOCUS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'ARM', 'AZE', 'GEO', 'AFG']
const AGGREGATES = ['SCO', 'EAEU', 'CSTO', 'OTS', 'CIS', 'ECO', 'OIC']

/** Reporters, partners (countries, World, forum aggregates), flow, years and scale; a GET form without JavaScript. */
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
  const { update, pending } = useUrlState()
  const [years, setYears] = useState({ from: String(from), to: String(to) })
  const toggle = (list: string[], v: string, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v))
  const focusFirst = [...reporterChoices].sort((a, b) => Number(!FOCUS.includes(a.code)) - Number(!FOCUS.includes(b.code)))
  const aggregates = forumChoices.filter((f) => AGGREGATES.includes(f.code))
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
    <form ref={formRef} className="controls" method="get" action="/trade" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Reporters</legend>
        <div className="checks forum-checks">
          {focusFirst.map((r) => (
            <label key={r.code} title={r.code}>
              <input
                type="checkbox"
                name="reporters"
                value={r.code}
                checked={reporters.includes(r.code)}
                onChange={(e) => {
                  const next = toggle(reporters, r.code, e.target.checked)
                  if (next.length) update({ reporters: next.join(',') })
                }}
              />
              {r.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Partners</legend>
        <div className="checks forum-checks">
          {partnerChoices.map((p) => (
            <label key={p.code} title={p.code}>
              <input
                type="checkbox"
                name="partners"
                value={p.code}
                checked={partners.includes(p.code)}
                onChange={(e) => {
                  const next = toggle(partners, p.code, e.target.checked)
                  if (next.length) update({ partners: next.join(',') })
                }}
              />
              {p.code === 'WLD' ? 'World' : p.name}
            </label>
          ))}
        </div>
        <div className="checks forum-checks">
          {aggregates.map((f) => (
            <label key={f.code} title={`${f.name}: its members as of each year`}>
              <input
                type="checkbox"
                name="partners"
                value={`forum:${f.code}`}
                checked={partners.includes(`forum:${f.code}`)}
                onChange={(e) => {
                  const next = toggle(partners, `forum:${f.code}`, e.target.checked)
                  if (next.length) update({ partners: next.join(',') })
                }}
              />
              {f.code} members
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Flow, years, scale</legend>
        <label>
          <span>Flow</span>
          <select name="flow" value={flow} onChange={(e) => update({ flow: e.target.value })}>
            <option value="total">Total (exports + imports)</option>
            <option value="export">Exports</option>
            <option value="import">Imports</option>
          </select>
        </label>
        {yearInput('from', 'From')}
        {yearInput('to', 'To')}
        <label>
          <span>As reported by</span>
          <select name="reportedBy" value={reportedBy} onChange={(e) => update({ reportedBy: e.target.value === 'reporter' ? null : e.target.value })}>
            <option value="reporter">The reporter</option>
            <option value="partner">The partner (mirror)</option>
            <option value="both">Both, with the gap</option>
          </select>
        </label>
        <label>
          <span>Scale</span>
          <select name="scale" value={scale} onChange={(e) => update({ scale: e.target.value === 'linear' ? null : e.target.value })}>
            <option value="linear">Linear</option>
            <option value="log">Logarithmic</option>
          </select>
        </label>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

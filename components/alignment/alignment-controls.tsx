'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef } from 'react'
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
  const { update, pending } = useUrlState()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  const options = parties.map((p) => ({ value: p.code, label: p.name, code: p.code, group: p.region }))
  // A choice of one party by name; `none` offers "None".
  const partySelect = (name: 'rank' | 'a' | 'b' | 'party', label: string, value: string, none = true) =>
    none ? (
      <Picker name={name} label={label} options={options} value={value} emptyLabel="None" onChange={(v) => update({ [name]: v || null })} />
    ) : (
      <Picker name={name} label={label} options={options} value={value} onChange={(v) => update({ [name]: v })} />
    )
  return (
    <form ref={formRef} className="controls" method="get" action="/alignment" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Date</legend>
        <label>
          <span>As of</span>
          <DateInput name="asOf" min="1991-01-01" max={today} value={asOf} onCommit={(day) => update({ asOf: day })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Ranking</legend>
        {partySelect('rank', 'Most aligned with', rank, false)}
      </fieldset>
      <fieldset>
        <legend>Pair over time</legend>
        {partySelect('a', 'Party A', a)}
        {partySelect('b', 'Party B', b)}
        {partySelect('party', 'Portfolio of', party)}
      </fieldset>
      <fieldset className="pickers">
        <legend>Parties in the heatmap ({chosen.length})</legend>
        <Picker
          name="parties"
          label="Parties (at least two)"
          multiple
          options={options}
          value={chosen}
          onChange={(next) => next.length >= 2 && update({ parties: next.join(',') })}
        />
        <button type="button" className="link" onClick={() => update({ parties: null })}>
          Back to the default selection
        </button>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

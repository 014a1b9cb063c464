'use client'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef } from 'react'
import { useUrlState } from '@/components/ui/use-url-state'
import { DateInput } from '@/components/ui/date-input'

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
  const regions = [...new Set(parties.map((p) => p.region))].sort()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  // A choice of one party by name; `none` offers "—" (no party).
  const partySelect = (name: 'rank' | 'a' | 'b' | 'party', label: string, value: string, none = true) => (
    <label>
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => update({ [name]: e.target.value })}>
        {none ? <option value="">—</option> : null}
        {parties.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
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
      <fieldset>
        <legend>Parties in the heatmap ({chosen.length})</legend>
        <details>
          <summary>Choose parties</summary>
          {regions.map((r) => (
            <div key={r} className="region-group">
              <strong>{r}</strong>
              <div className="checks">
                {parties
                  .filter((p) => p.region === r)
                  .map((p) => (
                    <label key={p.code} title={p.name}>
                      <input
                        type="checkbox"
                        name="parties"
                        value={p.code}
                        checked={chosen.includes(p.code)}
                        onChange={(e) => {
                          const next = e.target.checked ? [...chosen, p.code] : chosen.filter((c) => c !== p.code)
                          if (next.length >= 2) update({ parties: next.join(',') })
                        }}
                      />
                      {p.code}
                    </label>
                  ))}
              </div>
            </div>
          ))}
          <button type="button" className="link" onClick={() => update({ parties: null })}>
            Back to the default selection
          </button>
        </details>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

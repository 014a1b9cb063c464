'use client'

import { useRef } from 'react'
import { ControlsFooter } from '@/components/ui/controls-footer'
import { DateInput } from '@/components/ui/date-input'
import { ForumPartyPickers } from '@/components/ui/forum-party-pickers'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useUrlState } from '@/components/ui/use-url-state'

/** The "What" filter's choices: every change, or one family (lib/transforms/changes.ts CHANGE_FAMILIES). */
const KIND_OPTIONS = { membership: 'Accessions, changes of status, departures', application: 'Applications', summit: 'Summits' } as const

/** The two days to compare and the forum, party and kind filters of /changes; a GET form without JavaScript. */
export function ChangesControls({
  values,
  forums,
  parties,
  today,
}: {
  values: { from: string; to: string; forum: string; party: string; kind: string }
  forums: { code: string; name: string }[]
  parties: { code: string; name: string }[]
  today: string
}) {
  const { update, pending } = useUrlState()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  return (
    <form ref={formRef} className="controls" method="get" action="/changes" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="time">
        <legend>Between</legend>
        <label>
          <span>From (after)</span>
          <DateInput name="from" min="1945-01-01" max={today} value={values.from} onCommit={(from) => update({ from })} />
        </label>
        <label>
          <span>To (up to and including)</span>
          <DateInput name="to" min="1945-01-01" max={today} value={values.to} onCommit={(to) => update({ to })} />
        </label>
      </fieldset>
      <fieldset className="pickers">
        <legend>Who</legend>
        <ForumPartyPickers values={values} forums={forums} parties={parties} onChange={(field, value) => update({ [field]: value || null })} />
      </fieldset>
      <fieldset className="what">
        <legend>What</legend>
        <label>
          <span>Changes</span>
          <select key={values.kind} name="kind" defaultValue={values.kind} onChange={(e) => update({ kind: e.target.value || null })}>
            <option value="">Every kind</option>
            {Object.entries(KIND_OPTIONS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

'use client'

import { useRef } from 'react'
import { ControlsFooter } from '@/components/ui/controls-footer'
import { DateInput } from '@/components/ui/date-input'
import { ForumPartyPickers } from '@/components/ui/forum-party-pickers'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useUrlState } from '@/components/ui/use-url-state'

/** The two days to compare and the forum and party filters of /changes; a GET form without JavaScript. */
export function ChangesControls({
  values,
  forums,
  parties,
  today,
}: {
  values: { from: string; to: string; forum: string; party: string }
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
      <ControlsFooter pending={pending} />
    </form>
  )
}

'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useRef } from 'react'
import { ControlsFooter } from '@/components/ui/controls-footer'
import { DateInput } from '@/components/ui/date-input'
import { ForumPartyPickers } from '@/components/ui/forum-party-pickers'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useUrlState } from '@/components/ui/use-url-state'
import { isLocale, localizedHref } from '@/lib/i18n/locales'

/** The "What" filter's choices: every change, or one family (lib/transforms/changes.ts CHANGE_FAMILIES); their words are messages `changesControls.kinds`. */
const KIND_OPTIONS = ['membership', 'application', 'summit'] as const

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
  const t = useTranslations('changesControls')
  const locale = useLocale()
  const { update, pending } = useUrlState()
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  return (
    <form
      ref={formRef}
      className="controls"
      method="get"
      action={isLocale(locale) ? localizedHref('/changes', locale) : '/changes'}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="time">
        <legend>{t('between')}</legend>
        <label>
          <span>{t('from')}</span>
          <DateInput name="from" min="1945-01-01" max={today} value={values.from} onCommit={(from) => update({ from })} />
        </label>
        <label>
          <span>{t('to')}</span>
          <DateInput name="to" min="1945-01-01" max={today} value={values.to} onCommit={(to) => update({ to })} />
        </label>
      </fieldset>
      <fieldset className="pickers">
        <legend>{t('who')}</legend>
        <ForumPartyPickers values={values} forums={forums} parties={parties} onChange={(field, value) => update({ [field]: value || null })} />
      </fieldset>
      <fieldset className="what">
        <legend>{t('what')}</legend>
        <label>
          <span>{t('changes')}</span>
          <select key={values.kind} name="kind" defaultValue={values.kind} onChange={(e) => update({ kind: e.target.value || null })}>
            <option value="">{t('everyKind')}</option>
            {KIND_OPTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <ControlsFooter pending={pending} />
    </form>
  )
}

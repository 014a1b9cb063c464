'use client'

import { useEarlyInput } from '@/components/ui/use-early-input'
import { ForumPartyPickers } from '@/components/ui/forum-party-pickers'
import { useLocale, useTranslations } from 'next-intl'
import { usePathname, useRouter } from 'next/navigation'
import { useRef, useTransition, type FormEvent } from 'react'
import { ATTENDANCE_ROLES, EVENT_KINDS } from '@/lib/domain/vocabulary'
import { isLocale, localizedHref } from '@/lib/i18n/locales'

export interface EventsFilterValues {
  forum: string
  party: string
  year: string
  from: string
  to: string
  role: string
  kind: string
}

/**
 * The filters of /events: a plain GET form (without JavaScript, the "Show" button submits it).
 * With JavaScript, every change navigates at once to the URL of the form, without its empty fields.
 */
export function EventsControls({
  values,
  forums,
  parties,
  years,
}: {
  values: EventsFilterValues
  forums: { code: string; shortName: string; name: string }[]
  parties: { code: string; name: string }[]
  years: number[]
}) {
  const t = useTranslations('eventsControls')
  const locale = useLocale()
  // The form's own address without JavaScript, and the "Clear filters" link: in the page's language.
  const here = isLocale(locale) ? localizedHref('/events', locale) : '/events'
  const router = useRouter()
  // The visible address (/ru/events on a Russian page): navigating to it keeps the language.
  const pathname = usePathname()
  const [pending, startTransition] = useTransition()
  // `changed`: a picker's new value, which its hidden field does not hold yet.
  const go = (form: HTMLFormElement, changed: Record<string, string> = {}) => {
    const params = new URLSearchParams()
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.set(key, value)
    for (const [key, value] of Object.entries(changed))
      if (value) params.set(key, value)
      else params.delete(key)
    const qs = params.toString()
    // A new history entry, so Back undoes the change (as on every view: components/ui/use-url-state.ts).
    startTransition(() => router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false }))
  }
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    go(e.currentTarget)
  }
  // `key` remounts the form when the URL changes (back button, a link), so its fields follow the URL.
  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  return (
    <form
      ref={formRef}
      key={JSON.stringify(values)}
      className="controls events-controls"
      method="get"
      action={here}
      onSubmit={submit}
      onChange={(e) => go(e.currentTarget)}
    >
      <fieldset className="who">
        <legend>{t('who')}</legend>
        <ForumPartyPickers
          values={values}
          forums={forums}
          parties={parties}
          onChange={(field, value) => void (formRef.current && go(formRef.current, { [field]: value }))}
        />
        <label>
          <span>{t('role')}</span>
          <select name="role" defaultValue={values.role}>
            <option value="">{t('anyRole')}</option>
            {ATTENDANCE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="what">
        <legend>{t('what')}</legend>
        <label>
          <span>{t('kind')}</span>
          <select name="kind" defaultValue={values.kind}>
            <option value="">{t('anyKind')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="when">
        <legend>{t('when')}</legend>
        <YearSelect label={t('year')} name="year" value={values.year} none={t('anyYear')} years={years} />
        <YearSelect label={t('from')} name="from" value={values.from} none={t('earliest')} years={years} />
        <YearSelect label={t('to')} name="to" value={values.to} none={t('latest')} years={years} />
      </fieldset>
      <div className="events-actions">
        <button type="submit">{t('show')}</button>
        <a href={here}>{t('clear')}</a>
        {pending ? (
          <p className="loading" role="status">
            {t('updating')}
          </p>
        ) : null}
      </div>
    </form>
  )
}

/** One of the three year choices (a single year, from, to): the same list of years, a different "none". */
function YearSelect({ label, name, value, none, years }: { label: string; name: string; value: string; none: string; years: readonly (string | number)[] }) {
  return (
    <label>
      <span>{label}</span>
      <select name={name} defaultValue={value}>
        <option value="">{none}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  )
}

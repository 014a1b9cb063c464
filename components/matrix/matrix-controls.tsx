'use client'
import { regionKey } from '@/lib/i18n/regions'

import { ControlsFooter } from '@/components/ui/controls-footer'
import { useEarlyInput } from '@/components/ui/use-early-input'
import { useRef, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { FORUM_KIND_PLURALS, PARTY_KINDS, REGIONS } from '@/lib/domain/vocabulary'
import { formatDay } from '@/lib/dates'
import { isLocale, localizedHref } from '@/lib/i18n/locales'
import { ForumChecklist } from './forum-checklist'
import type { ForumChoice } from './forum-choices'
import { forumKindsShown } from './forums-shown'
import { TimeControls } from '../ui/time-controls'
import { useUrlState } from '../ui/use-url-state'

export interface MatrixControlValues {
  asOf: string
  forums: string[]
  kinds: string[]
  regions: string[]
  partyKinds: string[]
  q: string
  only: boolean
  sort: string
  dir: 'asc' | 'desc'
}

/**
 * The matrix's choices. Without JavaScript it is a GET form (the "Apply" button); with it, every
 * change goes to the URL at once. The date controls (field, year slider, Play) are TimeControls.
 */
export function MatrixControls({
  values,
  forums,
  sortable,
  today,
  forumsWord,
}: {
  values: MatrixControlValues
  /** Every forum, for the checklist, packed (packForumChoices): 500 of them at world scale. */
  forums: string
  /** The forums "Sort by" offers: the columns shown (at world scale a page shows 20 of 500). */
  sortable: Pick<ForumChoice, 'code' | 'shortName'>[]
  today: string
  /** "12 forums": how many forums the view shows, worded on the server. Formatted here, its number
   *  would be the page's one use of Intl.NumberFormat, whose first call loads ICU's number data on
   *  the main thread while the page hydrates (docs/performance.md). */
  forumsWord: string
}) {
  const t = useTranslations('matrix.client')
  const locale = useLocale()
  const lang = isLocale(locale) ? locale : 'en'
  const regionWord = (region: string) => (lang === 'en' ? region : t(`regions.${regionKey(region)}`))
  const { update, pending } = useUrlState()
  const [text, setText] = useState(values.q)

  const toggleIn = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value))
  const kindsShown = forumKindsShown(values.kinds)
  const selectedForums = new Set(values.forums)

  const formRef = useRef<HTMLFormElement>(null)
  useEarlyInput(formRef)
  // On a phone the controls fold into one line that says what the view shows (globals.css shows them open on wider screens).
  const partyWords =
    [
      values.regions.map(regionWord).join(', '),
      values.partyKinds.map((k) => (lang === 'en' ? k : t(`partyKindWord.${k as 'state'}`))).join(', '),
      values.q ? t('quoted', { q: values.q }) : '',
    ]
      .filter(Boolean)
      .join(' · ') || (values.only ? t('partiesInAny') : t('allParties'))
  return (
    <details className="controls-fold">
      <summary>
        <span className="sr-only">{t('changeView')}</span>
        {formatDay(values.asOf, 'day', lang)} · {forumsWord} · {partyWords}
        <span className="fold-action" aria-hidden="true">
          {' '}
          {t('change')}
        </span>
      </summary>
      <form ref={formRef} className="controls" method="get" action={localizedHref('/matrix', lang)} onSubmit={(e) => e.preventDefault()}>
        <TimeControls asOf={values.asOf} today={today} update={update} pending={pending} />

        <fieldset>
          <legend>{t('forumsLegend')}</legend>
          <div className="checks">
            {Object.keys(FORUM_KIND_PLURALS).map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  name="kinds"
                  value={kind}
                  checked={kindsShown.includes(kind)}
                  disabled={values.forums.length > 0}
                  onChange={(e) => {
                    const next = toggleIn(kindsShown, kind, e.target.checked)
                    if (next.length === 0) return // at least one kind stays chosen
                    update({ kinds: next.length === Object.keys(FORUM_KIND_PLURALS).length ? null : next.join(',') })
                  }}
                />
                {t(`forumKinds.${kind as 'process'}`)}
              </label>
            ))}
          </div>
          <details>
            <summary>
              {t('chooseOneByOne')}
              {values.forums.length ? t('chosen', { count: values.forums.length }) : ''}
            </summary>
            <ForumChecklist
              packed={forums}
              isChecked={(f) => (values.forums.length ? selectedForums.has(f.code) : kindsShown.includes(f.kind))}
              onChange={(checked, { code, on }) =>
                update({ forums: checked.join(',') || null, kinds: null, ...(values.sort === code && !on ? { sort: null, dir: null } : {}) })
              }
            />
            {values.forums.length ? (
              <button type="button" className="link" onClick={() => update({ forums: null })}>
                {t('resetToKinds')}
              </button>
            ) : null}
          </details>
        </fieldset>

        <fieldset>
          <legend>{t('partiesLegend')}</legend>
          <label>
            <span>{t('region')}</span>
            <select
              name="region"
              value={values.regions.length === 1 ? values.regions[0] : values.regions.length ? '__many' : ''}
              onChange={(e) => update({ region: e.target.value === '__many' ? values.regions.join(',') : e.target.value })}
            >
              <option value="">{t('allRegions')}</option>
              {values.regions.length > 1 ? <option value="__many">{values.regions.map(regionWord).join(', ')}</option> : null}
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {regionWord(r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('kind')}</span>
            <select name="partyKind" value={values.partyKinds.join(',')} onChange={(e) => update({ partyKind: e.target.value })}>
              <option value="">{t('allKinds')}</option>
              {PARTY_KINDS.filter((k) => k !== 'aggregate').map((k) => (
                <option key={k} value={k}>
                  {t(`partyKinds.${k as 'state'}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('name')}</span>
            <input
              type="search"
              name="q"
              value={text}
              placeholder={t('namePlaceholder')}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && update({ q: text })}
              onBlur={() => text !== values.q && update({ q: text })}
            />
          </label>
          <label className="inline">
            <input type="checkbox" name="only" value="1" checked={values.only} onChange={(e) => update({ only: e.target.checked ? null : '0' })} />
            {t('onlyInSelected')}
          </label>
        </fieldset>

        <fieldset>
          <legend>{t('orderLegend')}</legend>
          <label>
            <span>{t('sortBy')}</span>
            <select name="sort" value={values.sort} onChange={(e) => update({ sort: e.target.value === 'name' ? null : e.target.value })}>
              <option value="name">{t('sortName')}</option>
              <option value="region">{t('sortRegion')}</option>
              <option value="code">{t('sortCode')}</option>
              {sortable.map((f) => (
                <option key={f.code} value={f.code}>
                  {t('sortMembersFirst', { forum: f.shortName })}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('direction')}</span>
            <select name="dir" value={values.dir} onChange={(e) => update({ dir: e.target.value === 'asc' ? null : e.target.value })}>
              <option value="asc">{t('ascending')}</option>
              <option value="desc">{t('descending')}</option>
            </select>
          </label>
        </fieldset>
        <ControlsFooter pending={pending} />
      </form>
    </details>
  )
}

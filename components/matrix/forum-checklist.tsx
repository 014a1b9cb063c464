'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { foldText, type SearchTerms } from '@/lib/picker-match'
import { usePickerTerms } from '@/components/ui/picker-terms'
import { el, fragment } from '@/lib/html'
import { unpackForumChoices, type ForumChoice } from './forum-choices'

/**
 * The matrix's "choose forums one by one" checkboxes. At world scale there are 500 of them: as React
 * elements they were most of the matrix page's server render and of its hydration (docs/performance.md
 * measures them as React elements), so, like the
 * table body, they are one HTML string, and a change on any of them reaches `onChange` through one
 * listener on the container. The markup is written once per list of forums; later changes of the
 * choice are set on the inputs themselves, so the checkbox a keyboard user just toggled is not
 * replaced and keeps its focus. Without JavaScript they are plain inputs of the GET form.
 */
export function ForumChecklist({
  packed,
  isChecked,
  onChange,
}: {
  /** Every forum offered, packed (packForumChoices): 500 of them at world scale. */
  packed: string
  isChecked: (forum: ForumChoice) => boolean
  /** The forums ticked after a change, in list order, and the one that changed. */
  onChange: (checked: string[], changed: { code: string; on: boolean }) => void
}) {
  const t = useTranslations('matrix.client')
  const container = useRef<HTMLDivElement>(null)
  const forums = useMemo(() => unpackedList(packed), [packed])
  // Found by its names in the other language too («ШОС» on /matrix, "Shanghai" on /ru/matrix).
  const terms = usePickerTerms()
  const checkedNow = forums.map((f) => (isChecked(f) ? '1' : '0')).join('')
  // The markup is written once per list of forums, which the packed string names (a new choice
  // must not rewrite 500 inputs): it carries the choice of the render that wrote it, and later
  // choices are set on the inputs below.
  const [written, setWritten] = useState(() => ({ packed, html: checklistHtml(packed, forums, checkedNow, terms) }))
  if (written.packed !== packed) setWritten({ packed, html: checklistHtml(packed, forums, checkedNow, terms) })
  const html = written.packed === packed ? written.html : checklistHtml(packed, forums, checkedNow, terms)

  // The URL is the choice: whenever it changes, and once hydrated (a box ticked before the
  // listener was there is set back), each input shows it.
  useEffect(() => {
    const inputs = container.current?.querySelectorAll<HTMLInputElement>('input[name="forums"]') ?? []
    const byCode = new Map(forums.map((f, i) => [f.code, checkedNow[i] === '1']))
    for (const input of inputs) input.checked = byCode.get(input.value) ?? false
  }, [forums, checkedNow])

  // The new choice is read from the inputs themselves, so a second click before the first one's
  // navigation has finished adds to it instead of replacing it.
  const changed = useEffectEvent((input: HTMLInputElement) => {
    const ticked = container.current?.querySelectorAll<HTMLInputElement>('input[name="forums"]:checked') ?? []
    onChange(
      [...ticked].map((i) => i.value),
      { code: input.value, on: input.checked },
    )
  })
  useEffect(() => {
    const node = container.current
    if (!node) return
    const listener = (event: Event) => {
      const input = event.target
      if (input instanceof HTMLInputElement && input.name === 'forums') changed(input)
    }
    node.addEventListener('change', listener)
    return () => node.removeEventListener('change', listener)
  }, [])

  // Find by name: hides the boxes whose name and code do not match (set on the inputs' labels, as
  // the choice is, so the markup is not rewritten). Only with JavaScript: without it, it could not work.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
  const [found, setFound] = useState<{ text: string; shown: number } | null>(null)
  const find = (text: string) => {
    const q = foldText(text.trim())
    let shown = 0
    for (const label of container.current?.querySelectorAll<HTMLLabelElement>('label[data-find]') ?? []) {
      const hit = !q || (label.dataset.find ?? '').includes(q)
      label.hidden = !hit
      if (hit) shown++
    }
    setFound(q ? { text, shown } : null)
  }
  // Rewritten markup (a new list of forums) shows every box again: apply the text to it.
  const findAgain = useEffectEvent(() => {
    if (found) find(found.text)
  })
  useEffect(() => findAgain(), [html])

  return (
    <>
      {hydrated ? (
        <label className="checklist-find">
          <span>{t('findForum')}</span>
          <input type="search" placeholder={t('findPlaceholder')} autoComplete="off" onChange={(e) => find(e.target.value)} />
          <span role="status" className="muted">
            {found ? t('shownOf', { shown: found.shown, total: forums.length }) : ''}
          </span>
        </label>
      ) : null}
      <div ref={container} className="checks forum-checks" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  )
}

const subscribeNothing = () => () => {}

// The server writes the same checklist again and again: for every day of a language's matrix, as
// long as the choice is the same. The last few lists and markups are kept (English and Russian
// alternate), so that such a render compares strings instead of unpacking 500 forums and writing
// 65 kB of markup (docs/performance.md).
const KEPT = 4
const lists: { packed: string; forums: ForumChoice[] }[] = []
const markups: { packed: string; checked: string; terms: string; html: string }[] = []

function keep<T>(kept: T[], entry: T): T {
  kept.unshift(entry)
  kept.length = Math.min(kept.length, KEPT)
  return entry
}

function unpackedList(packed: string): ForumChoice[] {
  return (lists.find((l) => l.packed === packed) ?? keep(lists, { packed, forums: unpackForumChoices(packed) })).forums
}

function checklistHtml(packed: string, forums: ForumChoice[], checked: string, terms: SearchTerms | null): string {
  const termsKey = terms ? JSON.stringify(terms) : ''
  const kept = markups.find((m) => m.packed === packed && m.checked === checked && m.terms === termsKey)
  return (kept ?? keep(markups, { packed, checked, terms: termsKey, html: writeChecklist(forums, (_, i) => checked[i] === '1', terms) })).html
}

function writeChecklist(forums: ForumChoice[], isChecked: (forum: ForumChoice, index: number) => boolean, terms: SearchTerms | null): string {
  return fragment(
    ...forums.map((f, i) =>
      el(
        'label',
        { 'data-find': foldText([f.name, f.shortName, f.code, ...(terms?.[f.code] ?? [])].join(' ')) },
        el('input', { type: 'checkbox', name: 'forums', value: f.code, checked: isChecked(f, i) }),
        f.lang ? el('span', { lang: f.lang }, f.name) : f.name,
        f.shortName !== f.name ? fragment(' ', el('span', { class: 'code', lang: f.lang ?? null }, f.shortName)) : '',
      ),
    ),
  ).html
}

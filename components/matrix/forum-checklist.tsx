'use client'

import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { el, fragment } from '@/lib/html'

/** A forum the chooser offers. */
export interface ForumChoice {
  code: string
  shortName: string
  name: string
  kind: string
}

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
  forums,
  isChecked,
  onChange,
}: {
  forums: ForumChoice[]
  isChecked: (forum: ForumChoice) => boolean
  /** The forums ticked after a change, in list order, and the one that changed. */
  onChange: (checked: string[], changed: { code: string; on: boolean }) => void
}) {
  const container = useRef<HTMLDivElement>(null)
  // The markup is written once per list of forums (a new choice must not rewrite 500 inputs, and
  // each navigation brings the same list as a new array): it carries the choice of the render
  // that wrote it, and later choices are set on the inputs below.
  const listKey = forums.map((f) => `${f.code}\t${f.shortName}\t${f.name}`).join('\n')
  const [written, setWritten] = useState(() => ({ listKey, html: checklistHtml(forums, isChecked) }))
  if (written.listKey !== listKey) setWritten({ listKey, html: checklistHtml(forums, isChecked) })
  const html = written.listKey === listKey ? written.html : checklistHtml(forums, isChecked)

  // The URL is the choice: whenever it changes, and once hydrated (a box ticked before the
  // listener was there is set back), each input shows it.
  const checkedNow = forums.map((f) => (isChecked(f) ? '1' : '0')).join('')
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

  return <div ref={container} className="checks forum-checks" dangerouslySetInnerHTML={{ __html: html }} />
}

function checklistHtml(forums: ForumChoice[], isChecked: (forum: ForumChoice) => boolean): string {
  return fragment(
    ...forums.map((f) => el('label', { title: f.name }, el('input', { type: 'checkbox', name: 'forums', value: f.code, checked: isChecked(f) }), f.shortName)),
  ).html
}

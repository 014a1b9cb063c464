'use client'

import { useEffect, useMemo, useRef } from 'react'
import { el, fragment } from '@/lib/html'
import type { ForumChoice } from '@/lib/transforms/forum-choices'

/**
 * The matrix's "choose forums one by one" checkboxes. At world scale there are 500 of them: as React
 * elements they were most of the matrix page's server render and of its hydration, so, like the
 * table body, they are one HTML string, and a change on any of them reaches `onToggle` through one
 * listener on the container. The markup is written once per list of forums; later changes of the
 * choice are set on the inputs themselves, so the checkbox a keyboard user just toggled is not
 * replaced and keeps its focus. Without JavaScript they are plain inputs of the GET form.
 */
export function ForumChecklist({
  forums,
  isChecked,
  onToggle,
}: {
  forums: ForumChoice[]
  isChecked: (forum: ForumChoice) => boolean
  onToggle: (code: string, on: boolean) => void
}) {
  const container = useRef<HTMLDivElement>(null)
  const signature = forums.map((f) => `${f.code}\u0000${f.shortName}\u0000${f.name}`).join('\u0001')
  // Keyed on the list alone: the first render's choice is in the markup, later ones are set below.
  const html = useMemo(() => checklistHtml(forums, isChecked), [signature]) // eslint-disable-line react-hooks/exhaustive-deps

  const checkedNow = forums.map((f) => (isChecked(f) ? '1' : '0')).join('')
  useEffect(() => {
    const inputs = container.current?.querySelectorAll<HTMLInputElement>('input[name="forums"]') ?? []
    const byCode = new Map(forums.map((f, i) => [f.code, checkedNow[i] === '1']))
    for (const input of inputs) input.checked = byCode.get(input.value) ?? false
  }, [checkedNow]) // eslint-disable-line react-hooks/exhaustive-deps

  const toggle = useRef(onToggle)
  toggle.current = onToggle
  useEffect(() => {
    const node = container.current
    if (!node) return
    const onChange = (event: Event) => {
      const input = event.target
      if (input instanceof HTMLInputElement && input.name === 'forums') toggle.current(input.value, input.checked)
    }
    node.addEventListener('change', onChange)
    return () => node.removeEventListener('change', onChange)
  }, [])

  return <div ref={container} className="checks forum-checks" dangerouslySetInnerHTML={{ __html: html }} />
}

export function checklistHtml(forums: ForumChoice[], isChecked: (forum: ForumChoice) => boolean): string {
  return fragment(
    ...forums.map((f) =>
      el('label', { title: f.name }, el('input', { type: 'checkbox', name: 'forums', value: f.code, checked: isChecked(f) }), f.shortName),
    ),
  ).html
}

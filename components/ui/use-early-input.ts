'use client'

import { useEffect, type RefObject } from 'react'

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

/** The value setter of the element's own prototype, which React's change tracking does not see. */
function setUntracked(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value)
}

const fire = (field: Field, type: string) => field.dispatchEvent(new Event(type, { bubbles: true }))

/**
 * A control the reader used before the page hydrated keeps what they did: the server renders the
 * controls as a plain form that the reader can type into while the scripts still load, and React
 * hydrates it without noticing (it keeps the field's value but fires no change). On hydration this
 * compares every field with the value the server rendered and replays each difference as the event
 * the reader made, so the control's own handler applies it (a date only when valid, as typed).
 */
export function useEarlyInput(form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const element = form.current
    if (!element) return
    for (const field of Array.from(element.elements) as Field[]) {
      if (field instanceof HTMLSelectElement) {
        if (Array.from(field.options).some((o) => o.selected !== o.defaultSelected)) fire(field, 'change')
      } else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
        if (field.checked === field.defaultChecked) continue
        // back to the rendered state (React's tracker records it), then the reader's click again
        field.checked = field.defaultChecked
        field.click()
      } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        if (field.type === 'submit' || field.type === 'button' || field.type === 'hidden' || field.value === field.defaultValue) continue
        const typed = field.value
        field.value = field.defaultValue // React's tracker records the rendered value…
        setUntracked(field, typed) // …so the reader's value reads as a change
        fire(field, 'input')
        fire(field, 'change')
      }
    }
  }, [form])
}

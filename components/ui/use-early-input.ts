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
 * What the browser shows for the server's markup, before anyone touches the field. It is not always
 * the markup's value: a slider clamps it into min–max, so a view of 2030 showed its year slider at
 * this year, and hydration read that as the reader's move and went to 1 January of this year. A
 * fresh element with the same attributes has the value the browser derived from them; a copy of the
 * field would not do, as copying an input copies the value the reader typed (copying an option does
 * not copy whether it is selected, so a select's copy is what the markup shows).
 */
function renderedValue(field: HTMLInputElement | HTMLTextAreaElement): string {
  if (field instanceof HTMLTextAreaElement) return field.defaultValue
  const fresh = document.createElement('input')
  for (const { name, value } of Array.from(field.attributes)) fresh.setAttribute(name, value)
  return fresh.value
}

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
    let replayed = 0
    for (const field of Array.from(element.elements) as Field[]) {
      if (field instanceof HTMLSelectElement) {
        // A copy's options are selected as the markup says (with none marked, the first one shows).
        const rendered = field.cloneNode(true) as HTMLSelectElement
        if (!Array.from(field.options).some((o, i) => o.selected !== rendered.options[i].selected)) continue
        fire(field, 'change')
      } else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
        if (field.checked === field.defaultChecked) continue
        // back to the rendered state (React's tracker records it), then the reader's click again
        field.checked = field.defaultChecked
        field.click()
      } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        if (field.type === 'submit' || field.type === 'button' || field.type === 'hidden' || field.value === renderedValue(field)) continue
        const typed = field.value
        field.value = field.defaultValue // React's tracker records the rendered value…
        setUntracked(field, typed) // …so the reader's value reads as a change
        fire(field, 'input')
        fire(field, 'change')
      } else continue
      replayed++
    }
    // How many fields were replayed, on the form, before the page marks itself hydrated: a browser
    // test can tell "nothing was replayed" without waiting for a navigation that may never come.
    element.dataset.replayed = String(replayed)
  }, [form])
}

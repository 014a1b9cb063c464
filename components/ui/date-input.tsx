'use client'

import { useEffect, useRef } from 'react'

/**
 * The one date control of every view. A date is applied only when the reader has finished with it:
 * a pick from the calendar at once; a typed date (or one moved with the arrow keys) on Enter, on Tab,
 * when the field loses focus, or when the reader stops typing for a moment (IDLE_MS).
 * A date field is never empty, so every keystroke makes some complete date ("01" typed into the
 * month of 4 Dec 2026 is 4 Jan 2026); applying each one reloaded the view per keystroke, and a
 * reload slower than the typist wrote the old date back into the field mid-typing (typing 01012010
 * gave 12 Jan 2026). It applies only a complete date within min–max, and never overwrites the field
 * while the reader is typing in it; it keeps its element — and so the focus — when the date changes
 * elsewhere (a slider, the back button).
 */
const IDLE_MS = 1500

export function DateInput({
  value,
  onCommit,
  ...props
}: { value: string; onCommit: (day: string) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'onChange'>) {
  const ref = useRef<HTMLInputElement>(null)
  const shown = useRef(value)
  // Typed but not applied yet: the field keeps it, and the URL's date does not overwrite it.
  const typing = useRef(false)
  const keyDown = useRef(false)
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => void (idle.current && clearTimeout(idle.current)), [])

  const apply = (input: HTMLInputElement) => {
    if (idle.current) clearTimeout(idle.current)
    typing.current = false
    if (input.value && input.validity.valid && input.value !== shown.current) {
      shown.current = input.value
      onCommit(input.value)
    }
  }

  // Follow the URL's date when it changes, not on mount: a date typed before hydration stays in the
  // field for useEarlyInput to apply.
  useEffect(() => {
    if (shown.current === value) return
    shown.current = value
    if (ref.current && !typing.current && ref.current.value !== value) ref.current.value = value
  }, [value])

  return (
    <input
      {...props}
      ref={ref}
      type="date"
      defaultValue={value}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault() // applied here, not by submitting the no-JavaScript form
          apply(e.currentTarget)
        } else if (e.key === 'Tab') {
          // Leaving the field (Chromium first moves to its calendar button, still inside the field).
          if (typing.current) apply(e.currentTarget)
        } else if (e.key !== 'Shift') keyDown.current = true
      }}
      onChange={(e) => {
        // A change that follows a key is typing (or arrow keys): wait for Enter or blur. Any other
        // change (the calendar, a paste, the browser's clear button) is a finished choice.
        const input = e.currentTarget
        if (keyDown.current) {
          typing.current = true
          if (idle.current) clearTimeout(idle.current)
          idle.current = setTimeout(() => apply(input), IDLE_MS)
        } else apply(input)
        keyDown.current = false
      }}
      onKeyUp={() => {
        keyDown.current = false
      }}
      onBlur={(e) => {
        if (typing.current) apply(e.currentTarget)
      }}
    />
  )
}

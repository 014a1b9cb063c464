'use client'

import { useEffect, useRef } from 'react'

/**
 * A date field that is usable from the keyboard: it reports a date only when the field holds a
 * complete date within min–max (typing "2012" into the year passes through 0002, 0020, 0201, which
 * are not reported), and it keeps its element — and so the focus — when the date changes elsewhere
 * (a slider, the back button), instead of being remounted.
 */
export function DateInput({
  value,
  onCommit,
  ...props
}: { value: string; onCommit: (day: string) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'onChange'>) {
  const ref = useRef<HTMLInputElement>(null)
  const shown = useRef(value)
  // Follow the URL's date when it changes, not on mount: a date typed before hydration stays in the
  // field for useEarlyInput to apply.
  useEffect(() => {
    if (shown.current === value) return
    shown.current = value
    if (ref.current && ref.current.value !== value) ref.current.value = value
  }, [value])
  return (
    <input
      {...props}
      ref={ref}
      type="date"
      defaultValue={value}
      onChange={(e) => {
        const input = e.currentTarget
        if (input.value && input.validity.valid && input.value !== value) onCommit(input.value)
      }}
    />
  )
}

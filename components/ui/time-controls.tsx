'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { DateInput } from '@/components/ui/date-input'

const FIRST_YEAR = 1991

/**
 * The date of a view (matrix, map): a date field, a year slider that keeps the day and month of the
 * chosen date, and "Play", which steps it one year at a time up to the present. Changes go to the
 * URL through `update` (useUrlState); without JavaScript the date field is part of a GET form.
 */
export function TimeControls({
  asOf,
  today,
  update,
  pending,
}: {
  asOf: string
  today: string
  update: (changes: Record<string, string | null>, options?: { history?: 'push' | 'replace' }) => void
  pending: boolean
}) {
  const t = useTranslations('ui.client')
  const lastYear = Number(today.slice(0, 4))
  const year = Number(asOf.slice(0, 4))
  const [playing, setPlaying] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const dateInYear = (y: number) => {
    const candidate = `${y}${asOf.slice(4)}`
    const valid = new Date(`${candidate}T00:00:00Z`).toISOString().startsWith(candidate) ? candidate : `${y}-02-28`
    return valid > today ? today : valid
  }
  // The latest `update` and date, without restarting the timer when they change identity.
  const nextYear = useEffectEvent((y: number) => update({ asOf: dateInYear(y) }, { history: 'replace' }))
  // A drag of the slider is one change for Back: its first step is a new entry, the rest replace it.
  const lastSlide = useRef(0)

  useEffect(() => {
    if (!playing || pending) return
    if (year >= lastYear) {
      setPlaying(false)
      return
    }
    timer.current = setTimeout(() => nextYear(year + 1), 900)
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
  }, [playing, pending, year, lastYear])

  return (
    <fieldset className="time">
      <legend>{t('date')}</legend>
      <label>
        <span>{t('asOf')}</span>
        <DateInput name="asOf" min={`${FIRST_YEAR}-01-01`} max={today} value={asOf} onCommit={(day) => update({ asOf: day })} />
      </label>
      <label className="slider">
        <span>{t('year')}</span>
        <input
          type="range"
          min={FIRST_YEAR}
          max={lastYear}
          step={1}
          value={year}
          aria-valuetext={String(year)}
          onChange={(e) => {
            const now = e.timeStamp
            update({ asOf: dateInYear(Number(e.target.value)) }, { history: now - lastSlide.current < 700 ? 'replace' : 'push' })
            lastSlide.current = now
          }}
        />
        <output>{year}</output>
      </label>
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && year >= lastYear) update({ asOf: dateInYear(FIRST_YEAR) })
          setPlaying(!playing)
        }}
      >
        {playing ? t('pause') : t('play')}
      </button>
    </fieldset>
  )
}

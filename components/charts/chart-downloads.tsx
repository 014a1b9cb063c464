'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'
import type { ChartImageMeta } from '@/lib/chart-image/meta'
import { formatDay } from '@/lib/dates'
import { isLocale } from '@/lib/i18n/locales'

/**
 * "Download PNG" and "Download SVG" for the chart of the enclosing ChartFrame. The export code is
 * loaded on the first press (dynamic import), so pages carry only these buttons. The image is
 * written in the page's language (messages `charts.downloads`).
 */
export function ChartDownloads(meta: ChartImageMeta) {
  const t = useTranslations('charts.downloads')
  const pageLocale = useLocale()
  const locale = isLocale(pageLocale) ? pageLocale : 'en'
  const ref = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const busy = useRef(false)
  const [message, setMessage] = useState('')
  // Enabled once hydrated: without JavaScript the buttons could do nothing.
  useEffect(() => setReady(true), [])

  async function download(format: 'png' | 'svg') {
    const body = ref.current?.closest('[data-chart-frame]')?.querySelector<HTMLElement>('[data-chart-body]')
    if (!body || busy.current) return
    busy.current = true
    setMessage(t('making', { format: format.toUpperCase() }))
    const words = {
      dataset: ({ accessed, ...rest }: { version: string; licence: string; accessed: string }) =>
        t('dataset', { ...rest, accessed: formatDay(accessed, 'day', locale) }),
      fullList: t('fullList', { url: `${location.origin}${location.pathname}${location.search}` }),
      madeWith: t('madeWith'),
      notDrawn: t('notDrawn'),
      noSize: t('noSize'),
      cannotDraw: t('cannotDraw'),
      pngFailed: t('pngFailed'),
    }
    try {
      const { downloadChart } = await import('./chart-export')
      const name = await downloadChart(body, meta, format, words)
      setMessage(t('saved', { name }))
    } catch (e) {
      setMessage(e instanceof Error ? e.message : t('failed'))
    } finally {
      busy.current = false
    }
  }

  return (
    <div className="chart-downloads" ref={ref} role="group" aria-label={t('group', { title: meta.title })}>
      <button type="button" className="secondary" disabled={!ready} onClick={() => download('png')} data-chart-download="png">
        {t('png')}
      </button>
      <button type="button" className="secondary" disabled={!ready} onClick={() => download('svg')} data-chart-download="svg">
        {t('svg')}
      </button>
      <span className="chart-downloads-status" role="status">
        {message}
      </span>
    </div>
  )
}

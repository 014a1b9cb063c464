'use client'

import { useEffect, useRef, useState } from 'react'
import type { ChartImageMeta } from '@/lib/chart-image/meta'

/**
 * "Download PNG" and "Download SVG" for the chart of the enclosing ChartFrame. The export code is
 * loaded on the first press (dynamic import), so pages carry only these buttons.
 */
export function ChartDownloads(meta: ChartImageMeta) {
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
    setMessage(`Making the ${format.toUpperCase()}…`)
    try {
      const { downloadChart } = await import('./chart-export')
      const name = await downloadChart(body, meta, format, `${location.origin}${location.pathname}${location.search}`)
      setMessage(`Saved ${name}`)
    } catch (e) {
      setMessage(e instanceof Error ? e.message : 'The image could not be made.')
    } finally {
      busy.current = false
    }
  }

  return (
    <div className="chart-downloads" ref={ref} role="group" aria-label={`Download “${meta.title}” as an image`}>
      <button type="button" className="secondary" disabled={!ready} onClick={() => download('png')} data-chart-download="png">
        Download PNG
      </button>
      <button type="button" className="secondary" disabled={!ready} onClick={() => download('svg')} data-chart-download="svg">
        Download SVG
      </button>
      <span className="chart-downloads-status" role="status">
        {message}
      </span>
    </div>
  )
}

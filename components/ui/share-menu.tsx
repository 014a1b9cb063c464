'use client'

import { useEffect, useId, useRef, useState } from 'react'
import type { ShareLinks } from '@/lib/share/links'

/**
 * "Share" on a chart or table: the view's link and the `<iframe>` snippet of its embed page, each in
 * a read-only field with a Copy button, and the image (the chart's own PNG download, or the view's
 * preview image and its CSV for a table). A `<details>`: it opens and closes with the keyboard and
 * says so to screen readers by itself, and without JavaScript it still opens on the link and the
 * snippet as selectable text (the Copy buttons wait for hydration). When the clipboard cannot be
 * written (no permission, an insecure origin) the field is selected for the reader to copy.
 */
export function ShareMenu({ links, title, csv, chart = false }: { links: ShareLinks; title: string; csv?: string; chart?: boolean }) {
  const id = useId()
  const ref = useRef<HTMLDetailsElement>(null)
  const [ready, setReady] = useState(false)
  const [message, setMessage] = useState('')
  useEffect(() => setReady(true), [])

  async function copy(fieldId: string, what: string) {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null
    if (!field) return
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(field.value)
      setMessage(`Copied the ${what}.`)
    } catch {
      field.focus()
      field.select()
      setMessage(`Selected the ${what}: press Ctrl+C (⌘C on a Mac) to copy it.`)
    }
  }

  /** The chart's own "Download PNG" (ChartDownloads, beside this menu in the ChartFrame). */
  function downloadChart() {
    const button = ref.current?.closest('[data-chart-frame]')?.querySelector<HTMLButtonElement>('[data-chart-download="png"]')
    button?.click()
    setMessage(button ? 'Making the PNG…' : 'The chart has no image download.')
  }

  return (
    <details className="share-menu" ref={ref} data-share-menu="" onToggle={() => setMessage('')}>
      <summary aria-label={`Share “${title}”`}>Share</summary>
      <div className="share-panel">
        <label htmlFor={`${id}-link`}>Link to this view</label>
        <div className="share-row">
          <input id={`${id}-link`} type="text" readOnly value={links.permalink} data-share-field="link" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="secondary" disabled={!ready} onClick={() => copy(`${id}-link`, 'link')} data-share-copy="link">
            Copy link
          </button>
        </div>
        <label htmlFor={`${id}-embed`}>
          Embed on a website <span className="muted">(the {chart ? 'chart' : 'table'} alone, with its source and a link back)</span>
        </label>
        <div className="share-row">
          <textarea id={`${id}-embed`} readOnly rows={3} value={links.snippet} data-share-field="embed" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="secondary" disabled={!ready} onClick={() => copy(`${id}-embed`, 'embed code')} data-share-copy="embed">
            Copy embed code
          </button>
        </div>
        <p className="share-image">
          {chart ? (
            <button type="button" className="secondary" disabled={!ready} onClick={downloadChart} data-share-download="png">
              Download image (PNG)
            </button>
          ) : csv ? (
            <a href={csv} download>
              Download CSV
            </a>
          ) : null}{' '}
          <a href={links.image} data-share-preview="">
            Preview image
          </a>{' '}
          <a href={links.embed} target="_blank" rel="noopener">
            Open the embed page
          </a>
        </p>
        <p className="share-status" role="status">
          {message}
        </p>
      </div>
    </details>
  )
}

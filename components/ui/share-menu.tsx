'use client'

import { useTranslations } from 'next-intl'
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
  const t = useTranslations('ui.client')
  const common = useTranslations('common')
  const id = useId()
  const ref = useRef<HTMLDetailsElement>(null)
  const [ready, setReady] = useState(false)
  const [message, setMessage] = useState('')
  useEffect(() => setReady(true), [])

  async function copy(fieldId: string, what: 'link' | 'embed') {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null
    if (!field) return
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(field.value)
      setMessage(what === 'link' ? t('copiedLink') : t('copiedEmbed'))
    } catch {
      field.focus()
      field.select()
      setMessage(what === 'link' ? t('selectedLink') : t('selectedEmbed'))
    }
  }

  /** The chart's own "Download PNG" (ChartDownloads, beside this menu in the ChartFrame). */
  function downloadChart() {
    const button = ref.current?.closest('[data-chart-frame]')?.querySelector<HTMLButtonElement>('[data-chart-download="png"]')
    button?.click()
    setMessage(button ? t('makingPng') : t('noPng'))
  }

  return (
    <details className="share-menu" ref={ref} data-share-menu="" onToggle={() => setMessage('')}>
      <summary aria-label={t('shareLabel', { title })}>{t('share')}</summary>
      <div className="share-panel">
        <label htmlFor={`${id}-link`}>{t('shareLink')}</label>
        <div className="share-row">
          <input id={`${id}-link`} type="text" readOnly value={links.permalink} data-share-field="link" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="secondary" disabled={!ready} onClick={() => copy(`${id}-link`, 'link')} data-share-copy="link">
            {t('copyLink')}
          </button>
        </div>
        <label htmlFor={`${id}-embed`}>
          {t('embed')} <span className="muted">{chart ? t('embedChart') : t('embedTable')}</span>
        </label>
        <div className="share-row">
          <textarea id={`${id}-embed`} readOnly rows={3} value={links.snippet} data-share-field="embed" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="secondary" disabled={!ready} onClick={() => copy(`${id}-embed`, 'embed')} data-share-copy="embed">
            {t('copyEmbed')}
          </button>
        </div>
        <p className="share-image">
          {chart ? (
            <button type="button" className="secondary" disabled={!ready} onClick={downloadChart} data-share-download="png">
              {t('downloadPng')}
            </button>
          ) : csv ? (
            <a href={csv} download>
              {common('downloadCsv')}
            </a>
          ) : null}{' '}
          <a href={links.image} data-share-preview="">
            {t('previewImage')}
          </a>{' '}
          <a href={links.embed} target="_blank" rel="noopener">
            {t('openEmbed')}
          </a>
        </p>
        <p className="share-status" role="status">
          {message}
        </p>
      </div>
    </details>
  )
}

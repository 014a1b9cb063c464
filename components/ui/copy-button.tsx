'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'

/**
 * Copies a text (a citation, a link, a snippet) to the clipboard. Where the clipboard is refused
 * (an insecure origin, a denied permission), it selects the text shown in `selectId` instead and
 * says to press Ctrl+C. Disabled until hydrated: without JavaScript the text stays selectable.
 */
export function CopyButton({ text, label, selectId }: { text: string; label: string; selectId: string }) {
  const t = useTranslations('ui.client')
  const [ready, setReady] = useState(false)
  const [message, setMessage] = useState('')
  useEffect(() => setReady(true), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setMessage(t('copied'))
    } catch {
      const shown = document.getElementById(selectId)
      if (shown) {
        const range = document.createRange()
        range.selectNodeContents(shown)
        const selection = getSelection()
        selection?.removeAllRanges()
        selection?.addRange(range)
      }
      setMessage(t('copySelected'))
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className="secondary" disabled={!ready} onClick={copy}>
        {label}
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </span>
  )
}

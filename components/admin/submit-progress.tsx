'use client'

import { useState } from 'react'

/** A submit button that shows the import is under way (the form posts as usual). */
export function SubmitWithProgress({ label, busyLabel }: { label: string; busyLabel: string }) {
  const [busy, setBusy] = useState(false)
  return (
    <>
      <button
        type="submit"
        onClick={(e) => {
          if (e.currentTarget.form?.checkValidity()) setTimeout(() => setBusy(true), 0)
        }}
        disabled={busy}
      >
        {busy ? busyLabel : label}
      </button>
      {busy ? (
        <span className="progress" role="status">
          <progress aria-label={busyLabel} /> {busyLabel}
        </span>
      ) : null}
    </>
  )
}

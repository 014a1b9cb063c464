'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">The page could not be loaded. If the database was restarting, trying again usually helps.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  )
}

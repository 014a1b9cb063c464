'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lede">The page could not be loaded. If the database is restarting, it is back in a few seconds: try again.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  )
}

/** The hidden fields every admin form carries: the session's CSRF token and where to come back. */
export function FormGuard({ csrf, returnTo }: { csrf: string; returnTo: string }) {
  return (
    <>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  )
}

export function Messages({ ok, error, field }: { ok?: string; error?: string; field?: string }) {
  return (
    <>
      {ok ? (
        <p className="ok" role="status">
          {ok}
        </p>
      ) : null}
      {error ? (
        <p className="notice" role="alert">
          {field ? <strong>{field}: </strong> : null}
          {error}
        </p>
      ) : null}
    </>
  )
}

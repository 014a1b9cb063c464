/** " · Download CSV · JSON" after a result's count: the same selection as a file and as the API's JSON (when there is one). */
export function DownloadLinks({ csv, json }: { csv: string; json?: string }) {
  return (
    <>
      {' · '}
      <a href={csv} download>
        Download CSV
      </a>
      {json ? (
        <>
          {' · '}
          <a href={json}>JSON</a>
        </>
      ) : null}
    </>
  )
}

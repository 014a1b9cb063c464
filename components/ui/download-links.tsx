/** " · Download CSV · JSON" after a result's count: the same selection as a file and as the API's JSON. */
export function DownloadLinks({ csv, json }: { csv: string; json: string }) {
  return (
    <>
      {' · '}
      <a href={csv} download>
        Download CSV
      </a>
      {' · '}
      <a href={json}>JSON</a>
    </>
  )
}

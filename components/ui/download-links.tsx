import { useTranslations } from 'next-intl'

/** " · Download CSV · JSON" after a result's count: the same selection as a file and as the API's JSON (when there is one). */
export function DownloadLinks({ csv, json }: { csv: string; json?: string }) {
  const t = useTranslations('common')
  return (
    <>
      {' · '}
      <a href={csv} download>
        {t('downloadCsv')}
      </a>
      {json ? (
        <>
          {' · '}
          <a href={json}>{t('json')}</a>
        </>
      ) : null}
    </>
  )
}

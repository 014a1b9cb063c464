'use client'

import { useTranslations } from 'next-intl'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors.client')
  return (
    <>
      <h1>{t('errorTitle')}</h1>
      <p className="lede">{t('errorLede')}</p>
      <button type="button" onClick={reset}>
        {t('tryAgain')}
      </button>
    </>
  )
}

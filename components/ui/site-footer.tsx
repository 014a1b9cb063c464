import { useTranslations } from 'next-intl'
import Link from '@/components/ui/link'
import { CODE_LICENCE, DATA_LICENCE, IMF_TERMS_URL } from '@/lib/licences'

export function SiteFooter() {
  const t = useTranslations('layout.footer')
  return (
    <footer className="site-footer">
      <p>
        {t('sourcing')} <Link href="/sources">{t('allSources')}</Link> · <Link href="/glossary">{t('glossary')}</Link> ·{' '}
        <Link href="/data">{t('download')}</Link>
      </p>
      <p>
        {t.rich('licence', {
          dataLicence: DATA_LICENCE.name,
          codeLicence: CODE_LICENCE.name,
          data: (chunks) => <a href={DATA_LICENCE.url}>{chunks}</a>,
          imf: (chunks) => <a href={IMF_TERMS_URL}>{chunks}</a>,
        })}{' '}
        <Link href="/data#licences">{t('licences')}</Link>
      </p>
    </footer>
  )
}

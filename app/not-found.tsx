import { useTranslations } from 'next-intl'
import Link from '@/components/ui/link'

export default function NotFound() {
  const t = useTranslations('errors')
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p className="lede">{t('notFoundLede')}</p>
      <p>
        {t.rich('notFoundSee', {
          forums: (chunks) => <Link href="/forums">{chunks}</Link>,
          parties: (chunks) => <Link href="/parties">{chunks}</Link>,
        })}
      </p>
    </>
  )
}

import { useTranslations } from 'next-intl'
import Link from '@/components/ui/link'
import { LanguageSwitch } from './language-switch'

const NAV = [
  { href: '/', key: 'overview' },
  { href: '/matrix', key: 'matrix' },
  { href: '/map', key: 'map' },
  { href: '/overlaps', key: 'overlaps' },
  { href: '/alignment', key: 'alignment' },
  { href: '/trade', key: 'trade' },
  { href: '/events', key: 'events' },
  { href: '/changes', key: 'changes' },
  { href: '/forums', key: 'forums' },
  { href: '/parties', key: 'parties' },
  { href: '/sources', key: 'sources' },
  { href: '/data', key: 'data' },
] as const

export function SiteHeader() {
  const t = useTranslations('layout')
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        forum<span>atlas</span>
      </Link>
      <nav aria-label={t('mainNav')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSwitch />
    </header>
  )
}

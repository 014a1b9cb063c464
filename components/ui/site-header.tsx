import Link from '@/components/ui/link'

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/matrix', label: 'Matrix' },
  { href: '/map', label: 'Map' },
  { href: '/overlaps', label: 'Overlaps' },
  { href: '/alignment', label: 'Alignment' },
  { href: '/trade', label: 'Trade' },
  { href: '/events', label: 'Events' },
  { href: '/changes', label: 'Changes' },
  { href: '/forums', label: 'Forums' },
  { href: '/parties', label: 'Parties' },
  { href: '/sources', label: 'Sources' },
  { href: '/data', label: 'Data & API' },
]

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        forum<span>atlas</span>
      </Link>
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

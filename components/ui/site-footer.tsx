import Link from '@/components/ui/link'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every membership, event and trade figure cites its source. Memberships and events: the organizations&rsquo; own documents and sites, news agencies, and
        the Correlates of War IGO dataset (v3, Pevehouse et al. 2020). Trade: IMF Direction of Trade Statistics (exports FOB, imports CIF, as reported).{' '}
        <Link href="/sources">All sources</Link> · <Link href="/data">Download the data</Link>
      </p>
    </footer>
  )
}

import Link from '@/components/ui/link'
import { CODE_LICENCE, DATA_LICENCE, IMF_TERMS_URL } from '@/lib/licences'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every membership, event and trade figure cites its source. Memberships and events: the organizations&rsquo; own documents and sites, news agencies, and
        the Correlates of War IGO dataset (v3, Pevehouse et al. 2020). Trade: IMF Direction of Trade Statistics (exports FOB, imports CIF, as reported).{' '}
        <Link href="/sources">All sources</Link> · <Link href="/data">Download the data</Link>
      </p>
      <p>
        The dataset is under <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a> (credit forum-atlas); IMF trade figures come under the{' '}
        <a href={IMF_TERMS_URL}>IMF&rsquo;s terms</a> and national figures under their publishers&rsquo;. The code is under the {CODE_LICENCE.name} licence.{' '}
        <Link href="/data#licences">Licences</Link>
      </p>
    </footer>
  )
}

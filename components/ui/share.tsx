import { requestUrl } from '@/lib/share/request-url'
import { shareLinks, sharedViewOf } from '@/lib/share/links'
import { ShareMenu } from './share-menu'

/**
 * The share menu of the view being rendered, its links made from the page's own address (so they
 * carry every parameter of the view). Nothing on pages that have no embed page, nor on an embed
 * page itself (it links back to the full view instead). A server component: ChartFrame and the
 * table toolbars place it.
 */
export async function Share({ title, csv, chart = false }: { title: string; csv?: string; chart?: boolean }) {
  const url = await requestUrl()
  if (!url || sharedViewOf(url.pathname) === null || url.pathname.startsWith('/embed/')) return null
  return <ShareMenu links={shareLinks(url.href, title)} title={title} csv={csv} chart={chart} />
}

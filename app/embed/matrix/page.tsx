import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { EmbedView } from '@/components/embed/embed-view'
import { MatrixTable } from '@/components/matrix/matrix-table'
import { StatusLegend } from '@/components/ui/status-chip'
import { viewMetadata } from '@/lib/share/metadata'
import { matrixFigure } from '@/lib/share/view-figures'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.matrix') })
}

/** /embed/matrix: the matrix of /matrix with the same parameters (its first window), for framing on other sites (docs/embed.md). */
export default async function EmbedMatrix({ searchParams }: Props) {
  const { matrix, q, params, meta } = await matrixFigure(await searchParams)
  return (
    <EmbedView title={(await getTranslations('embed'))('titles.matrix')} period={meta.period} source={meta.source}>
      <StatusLegend />
      <MatrixTable matrix={matrix} sort={q.sort ?? 'name'} dir={q.dir ?? 'asc'} params={params} />
    </EmbedView>
  )
}

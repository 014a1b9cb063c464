import type { Metadata } from 'next'
import { regionWord } from '@/lib/i18n/region-words'
import { getLocale, getTranslations } from 'next-intl/server'
import { EmbedView } from '@/components/embed/embed-view'
import { localizeMatrix } from '@/components/matrix/local-names'
import { MatrixTable } from '@/components/matrix/matrix-table'
import { StatusLegend } from '@/components/ui/status-chip'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import { viewMetadata } from '@/lib/share/metadata'
import { matrixFigure } from '@/lib/share/view-figures'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('embed')
  return viewMetadata({ title: t('titles.matrix') })
}

/** /embed/matrix: the matrix of /matrix with the same parameters (its first window), for framing on other sites (docs/embed.md). */
export default async function EmbedMatrix({ searchParams }: Props) {
  const locale = await getLocale()
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE
  const { matrix: english, q, params, meta } = await matrixFigure(await searchParams, lang)
  // Names and regions in the page's language, as on /matrix.
  const matrix = localizeMatrix(english, await getNameBook(lang), (region) => regionWord(region, lang))
  return (
    <EmbedView title={(await getTranslations('embed'))('titles.matrix')} period={meta.period} source={meta.source}>
      <StatusLegend />
      <MatrixTable matrix={matrix} sort={q.sort ?? 'name'} dir={q.dir ?? 'asc'} params={params} />
    </EmbedView>
  )
}

import { useTranslations } from 'next-intl'
import { PagerStep } from '@/components/ui/pager-step'
import type { MatrixWindow } from '@/lib/transforms/matrix'

/** Links to the other pages of parties and of forums; keeps every other choice in the address. */
export function MatrixPager({ paging, params, only }: { paging: MatrixWindow['paging']; params: URLSearchParams; only?: 'rows' }) {
  const t = useTranslations('matrix')
  const showRows = paging.pages > 1
  const showColumns = paging.colPages > 1 && only !== 'rows'
  if (!showRows && !showColumns) return null
  const href = (key: 'page' | 'colPage', value: number) => {
    const next = new URLSearchParams(params)
    if (value === 1) next.delete(key)
    else next.set(key, String(value))
    return `/matrix${next.size ? `?${next}` : ''}`
  }
  const lastRow = Math.min(paging.firstRow + paging.pageSize, paging.rowsTotal)
  const lastColumn = Math.min(paging.firstColumn + paging.colPageSize, paging.columnsTotal)
  return (
    <nav className="matrix-pager" aria-label={only === 'rows' ? t('pagerLabelBottom') : t('pagerLabel')}>
      {showRows ? (
        <PagerStep
          label={t('pagerParties')}
          range={t('range', { first: paging.firstRow + 1, last: lastRow, total: paging.rowsTotal })}
          previous={paging.page > 1 ? href('page', paging.page - 1) : null}
          next={paging.page < paging.pages ? href('page', paging.page + 1) : null}
          page={paging.page}
          pages={paging.pages}
        />
      ) : null}
      {showColumns ? (
        <PagerStep
          label={t('pagerForums')}
          range={t('range', { first: paging.firstColumn + 1, last: lastColumn, total: paging.columnsTotal })}
          previous={paging.colPage > 1 ? href('colPage', paging.colPage - 1) : null}
          next={paging.colPage < paging.colPages ? href('colPage', paging.colPage + 1) : null}
          page={paging.colPage}
          pages={paging.colPages}
        />
      ) : null}
    </nav>
  )
}

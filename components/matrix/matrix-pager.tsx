import { PagerStep } from '@/components/ui/pager-step'
import type { MatrixWindow } from '@/lib/transforms/matrix'

/** Links to the other pages of parties and of forums; keeps every other choice in the address. */
export function MatrixPager({ paging, params, only }: { paging: MatrixWindow['paging']; params: URLSearchParams; only?: 'rows' }) {
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
    <nav className="matrix-pager" aria-label={only === 'rows' ? 'Pages of parties (bottom)' : 'Pages of the matrix'}>
      {showRows ? (
        <PagerStep
          label="Parties"
          range={`${paging.firstRow + 1}–${lastRow} of ${paging.rowsTotal}`}
          previous={paging.page > 1 ? href('page', paging.page - 1) : null}
          next={paging.page < paging.pages ? href('page', paging.page + 1) : null}
          page={paging.page}
          pages={paging.pages}
        />
      ) : null}
      {showColumns ? (
        <PagerStep
          label="Forums"
          range={`${paging.firstColumn + 1}–${lastColumn} of ${paging.columnsTotal}`}
          previous={paging.colPage > 1 ? href('colPage', paging.colPage - 1) : null}
          next={paging.colPage < paging.colPages ? href('colPage', paging.colPage + 1) : null}
          page={paging.colPage}
          pages={paging.colPages}
        />
      ) : null}
    </nav>
  )
}

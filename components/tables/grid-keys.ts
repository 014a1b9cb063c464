/**
 * Arrow-key movement in a table body, as in a grid: the cell a key moves to from `cell`
 * (Home/End to the row's ends, with Ctrl to the body's corners), or null for any other key.
 * Shared by the data table and the matrix grid, which differ only in how focus is kept.
 */
export function gridKeyTarget(cell: HTMLTableCellElement, body: HTMLTableSectionElement, key: string, ctrlKey: boolean): HTMLTableCellElement | null {
  const tr = cell.parentElement as HTMLTableRowElement
  let r = tr.sectionRowIndex
  let c = cell.cellIndex
  const lastRow = body.rows.length - 1
  const lastCol = tr.cells.length - 1
  switch (key) {
    case 'ArrowRight':
      c = Math.min(c + 1, lastCol)
      break
    case 'ArrowLeft':
      c = Math.max(c - 1, 0)
      break
    case 'ArrowDown':
      r = Math.min(r + 1, lastRow)
      break
    case 'ArrowUp':
      r = Math.max(r - 1, 0)
      break
    case 'Home':
      c = 0
      if (ctrlKey) r = 0
      break
    case 'End':
      c = lastCol
      if (ctrlKey) r = lastRow
      break
    default:
      return null
  }
  return body.rows[r]?.cells[c] ?? null
}

/** Whether a key is one gridKeyTarget moves by. */
export const GRID_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'])

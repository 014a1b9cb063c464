'use client'

import { useMemo } from 'react'
import { matrixBodyHtml, type MatrixBodyData } from './matrix-body-html'

/**
 * The matrix's <tbody>: its rows as one HTML string, built from compact props on the server and
 * again in the browser. Hydrating it costs building that string (a few milliseconds), not a fiber
 * per cell; a navigation replaces it in one assignment. Interaction is MatrixGrid's.
 */
export function MatrixBody({ body }: { body: MatrixBodyData }) {
  const html = useMemo(() => matrixBodyHtml(body), [body])
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />
}

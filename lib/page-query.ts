import type { z } from 'zod'
import { ParamError, parseQuery, toSearchParams } from './params'

/**
 * A view page's load: parse its URL parameters and load the view; a bad parameter does not break
 * the page but loads the default view and returns the problem, for a visible notice.
 */
export async function loadWithFallback<S extends z.ZodObject, V>(
  schema: S,
  searchParams: Record<string, string | string[] | undefined>,
  load: (query: z.output<S>) => Promise<V>,
): Promise<{ view: V; problem: ParamError | null; params: URLSearchParams }> {
  const params = toSearchParams(searchParams)
  try {
    return { view: await load(parseQuery(schema, params)), problem: null, params }
  } catch (error) {
    if (!(error instanceof ParamError)) throw error
    return { view: await load({} as z.output<S>), problem: error, params: new URLSearchParams() }
  }
}

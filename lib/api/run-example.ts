import 'server-only'
import { abbreviateJson, firstLines } from './abbreviate'
import type { Endpoint, RouteHandler } from './endpoints'

export interface ExampleAnswer {
  status: number
  contentType: string
  /** The answer, shortened (see `cut`). */
  text: string
  cut: boolean
}

const CSV_LINES = 8

/**
 * Runs an endpoint's example request through its own route handler, in this process, and returns
 * its answer shortened for display: what the /api page shows is what the app answers now.
 */
export interface RouteModule {
  GET: RouteHandler
}

export async function runExample(endpoint: Endpoint, load: () => Promise<RouteModule>): Promise<ExampleAnswer> {
  const { GET } = await load()
  const response = await GET(new Request(new URL(`${endpoint.path}${endpoint.example}`, 'http://localhost')))
  const contentType = response.headers.get('content-type') ?? ''
  if (contentType.startsWith('application/json')) {
    const { text, cut } = abbreviateJson(await response.json())
    return { status: response.status, contentType, text, cut }
  }
  const { text, cut } = await firstLines(response.body, CSV_LINES)
  return { status: response.status, contentType, text, cut }
}

import { buildOpenApiDocument } from '@/lib/api/openapi'
import { errorResponse } from '@/lib/http/error-response'
import { noParameters, parseQuery } from '@/lib/params'

/** GET /api/openapi.json — the OpenAPI 3.1 document of the public API, generated from lib/api/endpoints.ts. */
export async function GET(request: Request) {
  try {
    parseQuery(noParameters, new URL(request.url).searchParams)
    return Response.json(buildOpenApiDocument())
  } catch (error) {
    return errorResponse(error)
  }
}

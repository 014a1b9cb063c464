import { describe, expect, it } from 'vitest'
import { ENDPOINTS } from '@/lib/api/endpoints'
import { badExampleBody } from '@/lib/api/openapi'
import { ParamError, parseQuery } from '@/lib/params'
import { ROUTE_HANDLERS } from './route-handlers'

// Every route module under app/api, by its file (the admin routes are not documented endpoints).
const ROUTES = import.meta.glob<Record<string, unknown>>(['./**/route.ts', '!./admin/**'])

describe('the route modules the /api page runs its examples through', () => {
  it('has one for every documented endpoint and none for anything else', () => {
    expect(Object.keys(ROUTE_HANDLERS).sort()).toEqual(ENDPOINTS.map((e) => e.path).sort())
  })

  it.each(Object.entries(ROUTE_HANDLERS))('%s loads the module of that very route, which answers GET', async (path, load) => {
    const file = `./${path.slice('/api/'.length)}/route.ts`
    expect(ROUTES[file], file).toBeDefined()
    const route = await load()
    expect(route).toBe(await ROUTES[file]())
    expect(typeof route.GET).toBe('function')
  })

  // Behaviour, not source text: the route refuses exactly what the registry's schema refuses, with the same answer.
  it.each(ENDPOINTS.map((e) => [e.path, e] as const))('%s parses its query with the schema the registry documents', async (path, endpoint) => {
    const { GET } = await ROUTE_HANDLERS[path]()
    const refusal = (query: string) => {
      try {
        parseQuery(endpoint.query, new URLSearchParams(query))
      } catch (error) {
        if (error instanceof ParamError) return { error: error.message, parameter: error.parameter }
        throw error
      }
      throw new Error(`${query} is accepted`)
    }
    const unknown = await GET(new Request(`http://localhost${path}?not_a_parameter=1`))
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toEqual(refusal('?not_a_parameter=1'))
    const bad = await GET(new Request(`http://localhost${path}${endpoint.badExample}`))
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual(badExampleBody(endpoint))
  })
})

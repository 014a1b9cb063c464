import { describe, expect, it } from 'vitest'
import { ENDPOINTS } from '@/lib/api/endpoints'
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
})

import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENDPOINTS } from './endpoints'

/** Every public route under app/api is in the registry, and the registry names only routes that exist. */

const API_DIR = path.join(import.meta.dirname, '../../app/api')

function publicRoutes(dir = API_DIR): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      if (dir === API_DIR && name === 'admin') continue // not public: curation, behind a session
      found.push(...publicRoutes(full))
    } else if (/^route\.(ts|tsx|js)$/.test(name)) {
      found.push(`/api/${path.relative(API_DIR, dir).split(path.sep).join('/')}`)
    }
  }
  return found
}

describe('the endpoint registry against app/api', () => {
  it('finds the routes by listing app/api (the scan itself works)', () => {
    expect(publicRoutes()).toEqual(expect.arrayContaining(['/api/memberships', '/api/export/trade.csv', '/api/openapi.json']))
    expect(publicRoutes().some((r) => r.startsWith('/api/admin'))).toBe(false)
  })

  it('documents every public route', () => {
    const documented = new Set(ENDPOINTS.map((e) => e.path))
    expect(
      publicRoutes().filter((r) => !documented.has(r as never)),
      'routes missing from lib/api/endpoints.ts',
    ).toEqual([])
  })

  it('names no route that does not exist', () => {
    const routes = new Set(publicRoutes())
    expect(
      ENDPOINTS.map((e) => e.path).filter((p) => !routes.has(p)),
      'entries of lib/api/endpoints.ts without a route',
    ).toEqual([])
  })
})

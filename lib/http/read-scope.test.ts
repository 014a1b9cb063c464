import { describe, expect, it } from 'vitest'
import { currentReadScope, readsFromPrimary, withReadScope } from './read-scope'

describe('the read scope', () => {
  it('sends writes, /admin and the curator to the primary, everyone else to a replica', () => {
    expect(readsFromPrimary('GET', '/forums/SCO', {})).toBe(false)
    expect(readsFromPrimary('HEAD', '/api/matrix?asOf=2020-01-01', { cookie: 'fa_login_csrf=x' })).toBe(false)
    expect(readsFromPrimary('POST', '/api/admin/memberships', {})).toBe(true)
    expect(readsFromPrimary('GET', '/admin/audit', {})).toBe(true)
    expect(readsFromPrimary('GET', '/%61dmin', {})).toBe(true)
    expect(readsFromPrimary('GET', '/forums/SCO', { cookie: 'theme=dark; fa_session=abc' })).toBe(true)
  })

  it('follows the request through its awaits, and is absent outside one', async () => {
    expect(currentReadScope()).toBeUndefined()
    const seen = await withReadScope({ primary: false }, async () => {
      await new Promise((r) => setTimeout(r, 1))
      const scope = currentReadScope()!
      scope.replica ??= 1
      await Promise.resolve()
      return currentReadScope()
    })
    expect(seen).toEqual({ primary: false, replica: 1 })
    expect(currentReadScope()).toBeUndefined()
  })
})

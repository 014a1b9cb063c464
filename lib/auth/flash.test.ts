import { describe, expect, it } from 'vitest'
import { FIXED_MESSAGES, readFlash, signedFlash } from './flash'

describe('admin messages in the address', () => {
  it('shows a message only when the app chose it', () => {
    const key = 'the-session-csrf-token'
    const params = signedFlash(key, { error: 'The end date is before the start date.', field: 'validTo' })
    expect(readFlash(key, params)).toEqual({ error: 'The end date is before the start date.', field: 'validTo', ok: undefined })
    // what anyone can write: no signature, a wrong one, another session's, a changed text
    expect(readFlash(key, { error: 'Your account is compromised: call +1 555…' })).toEqual({})
    expect(readFlash(key, { ...params, sig: 'forged' })).toEqual({})
    expect(readFlash('another-session', params)).toEqual({})
    expect(readFlash(key, { ...params, error: 'Something else.' })).toEqual({})
    expect(readFlash(null, params)).toEqual({})
  })

  it('shows the fixed messages by their code, and nothing for an unknown code', () => {
    expect(readFlash(null, { code: 'signin-refused' })).toEqual({ error: FIXED_MESSAGES['signin-refused'] })
    expect(readFlash(null, { code: 'signed-out' })).toEqual({ ok: 'Signed out.' })
    expect(readFlash(null, { code: 'toString' })).toEqual({})
  })
})

import { describe, expect, it } from 'vitest'
import { siteOrigin } from './site-origin'

describe('siteOrigin', () => {
  it('is https for a public host name and http for a loopback or local one', () => {
    expect(siteOrigin('forum-atlas.example.org')).toBe('https://forum-atlas.example.org')
    expect(siteOrigin('Atlas.Example.org:8443')).toBe('https://atlas.example.org:8443')
    expect(siteOrigin('127.0.0.1:4173')).toBe('http://127.0.0.1:4173')
    expect(siteOrigin('localhost:3000')).toBe('http://localhost:3000')
    expect(siteOrigin('[::1]:3000')).toBe('http://[::1]:3000')
  })

  it('falls back when the header is missing or is not a host', () => {
    expect(siteOrigin(null)).toBe('http://localhost:3000')
    expect(siteOrigin('evil.example/"><script>')).toBe('http://localhost:3000')
    expect(siteOrigin('a b')).toBe('http://localhost:3000')
  })
})

import { describe, expect, it } from 'vitest'
import { publicOrigin, sharedViewOf, shareLinks } from './links'

describe('share links', () => {
  it('makes the permalink, the embed page, the preview image and the snippet of a view, from the view or its embed page', () => {
    for (const from of ['http://h:3000/trade?reporters=KAZ&partners=CHN,RUS&_rsc=x1', 'http://h:3000/embed/trade?reporters=KAZ&partners=CHN,RUS']) {
      const links = shareLinks(from, 'Kazakhstan: "trade" <&>')
      expect(links.permalink).toBe('http://h:3000/trade?reporters=KAZ&partners=CHN%2CRUS')
      expect(links.embed).toBe('http://h:3000/embed/trade?reporters=KAZ&partners=CHN%2CRUS')
      expect(links.image).toBe('http://h:3000/og/trade.png?reporters=KAZ&partners=CHN%2CRUS')
      expect(links.snippet).toBe(
        '<iframe src="http://h:3000/embed/trade?reporters=KAZ&amp;partners=CHN%2CRUS" title="Kazakhstan: &quot;trade&quot; &lt;&amp;&gt; — forum-atlas" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
      )
    }
    expect(shareLinks('http://h/forums/SCO', 'SCO').image).toBe('http://h/og/forums/SCO.png')
  })

  it('knows which paths are views with an embed page', () => {
    expect(['/matrix', '/embed/map', '/forums/SCO', '/embed/parties/KAZ'].map(sharedViewOf)).toEqual(['matrix', 'map', 'forums', 'parties'])
    expect(['/forums', '/parties/KAZ/x', '/data', '/changes', '/', '/embed'].map(sharedViewOf)).toEqual([null, null, null, null, null, null])
  })

  it('takes the origin from PUBLIC_URL, else from the Host header, never from a header that is not a host', () => {
    expect(publicOrigin('127.0.0.1:3000', 'http:', 'https://atlas.example/some/path')).toBe('https://atlas.example')
    expect(publicOrigin('127.0.0.1:3000', 'http:', '')).toBe('http://127.0.0.1:3000')
    expect(publicOrigin('[::1]:8080', 'https:', '')).toBe('https://[::1]:8080')
    expect(publicOrigin('evil.example/"><script>', 'http:', '')).toBe('http://localhost')
    expect(publicOrigin(null, 'http:', '')).toBe('http://localhost')
  })
})

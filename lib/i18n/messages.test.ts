import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import { clientMessages, PAGE_CLIENT_NAMESPACES, SITE_CLIENT_NAMESPACES } from './messages'

const topLevel = (namespaces: readonly string[]) => [...new Set(namespaces.map((ns) => ns.split('.')[0]))].sort()

describe('clientMessages', () => {
  it('sends every page the site namespaces, a part of a namespace at its own place, and nothing else', () => {
    const sent = clientMessages(en) as Partial<typeof en>
    expect(Object.keys(sent).sort()).toEqual(topLevel(SITE_CLIENT_NAMESPACES))
    expect(sent.statuses).toEqual(en.statuses)
    expect(sent.ui).toEqual({ client: en.ui.client })
    // A server component's words (the bad-link notice, the preview images' titles) stay on the server.
    expect(JSON.stringify(sent)).not.toContain('This link has a problem')
    expect(sent).not.toHaveProperty('chartPreview')
    // One page's words go with that page only.
    expect(sent).not.toHaveProperty('matrix')
    expect(sent).not.toHaveProperty('trade')
  })

  it('sends a page its own namespaces: the trade page only the client parts of `trade`', () => {
    expect(clientMessages(en, PAGE_CLIENT_NAMESPACES.trade)).toEqual({ trade: { charts: en.trade.charts, controls: en.trade.controls } })
    expect(clientMessages(en, PAGE_CLIENT_NAMESPACES.matrix)).toEqual({ matrix: { client: en.matrix.client } })
  })

  it('keeps each page namespace under a top-level key no site namespace has, so a page adds its words to the site’s without replacing any', () => {
    const site = topLevel(SITE_CLIENT_NAMESPACES)
    for (const namespaces of Object.values(PAGE_CLIENT_NAMESPACES)) for (const key of topLevel(namespaces)) expect(site).not.toContain(key)
  })

  it('leaves out a client namespace a message file does not have', () => {
    expect(clientMessages({ common: { a: 'b' } })).toEqual({ common: { a: 'b' } })
  })
})

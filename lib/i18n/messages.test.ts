import { describe, expect, it } from 'vitest'
import en from '@/messages/en.json'
import { clientMessages, CLIENT_NAMESPACES } from './messages'

describe('clientMessages', () => {
  it('sends the browser the client namespaces, a part of a namespace at its own place, and nothing else', () => {
    const sent = clientMessages(en) as typeof en
    expect(Object.keys(sent).sort()).toEqual([...new Set(CLIENT_NAMESPACES.map((ns) => ns.split('.')[0]))].sort())
    expect(sent.statuses).toEqual(en.statuses)
    expect(sent.ui).toEqual({ client: en.ui.client })
    expect(sent.matrix).toEqual({ client: en.matrix.client })
    expect(sent.trade).toEqual({ charts: en.trade.charts, controls: en.trade.controls })
    // A server component's words (the bad-link notice) stay on the server.
    expect(JSON.stringify(sent)).not.toContain('This link has a problem')
  })

  it('leaves out a client namespace a message file does not have', () => {
    expect(clientMessages({ common: { a: 'b' } })).toEqual({ common: { a: 'b' } })
  })
})

import { createServer, type Server } from 'node:net'
import { once } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseReachable } from './health'

/** The probe against real sockets: a listening port, a closed one. */
let server: Server | null = null
afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r))
  server = null
})

async function listen(): Promise<{ port: number; connections: () => number }> {
  let n = 0
  server = createServer((s) => {
    n++
    s.destroy()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { port: (server.address() as { port: number }).port, connections: () => n }
}

describe('databaseReachable', () => {
  it('opens one connection for many pages in a moment, not one per page', async () => {
    const { port, connections } = await listen()
    const url = `postgres://x@127.0.0.1:${port}/db`
    for (let i = 0; i < 20; i++) expect(await databaseReachable(url)).toBe(true)
    await new Promise((r) => setImmediate(r))
    expect(connections()).toBeLessThanOrEqual(1)
  })

  it('says down when the port refuses the connection', async () => {
    const { port } = await listen()
    await new Promise((r) => server!.close(r))
    server = null
    expect(await databaseReachable(`postgres://x@127.0.0.1:${port}/other`)).toBe(false)
  })
})

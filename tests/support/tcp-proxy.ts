import { createServer, connect, type Socket } from 'node:net'
import { freePort } from '../e2e/server'

/**
 * A TCP relay in front of a PostgreSQL server that a test can turn into a black hole: it keeps
 * accepting connections (so a port check says the database is there) but drops every one at once,
 * as a server does in the moment it shuts down. Lets a test fail queries after a health check
 * passed, which otherwise happens only by the chance of timing.
 */
export interface TcpProxy {
  port: number
  /** true: accept and drop every connection (and drop the open ones); false: relay again. */
  blackHole(on: boolean): void
  close(): Promise<void>
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let dropping = false
  const open = new Set<Socket>()
  const server = createServer((client) => {
    if (dropping) return void client.destroy()
    const upstream = connect({ host: targetHost, port: targetPort })
    const pair = [client, upstream]
    for (const s of pair) {
      open.add(s)
      s.on('error', () => pair.forEach((x) => x.destroy()))
      s.on('close', () => {
        open.delete(s)
        pair.forEach((x) => x.destroy())
      })
    }
    client.pipe(upstream)
    upstream.pipe(client)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    port,
    blackHole(on) {
      dropping = on
      if (on) for (const s of open) s.destroy()
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of open) s.destroy()
        server.close(() => resolve())
      }),
  }
}

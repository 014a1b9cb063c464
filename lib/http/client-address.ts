import type { IncomingMessage } from 'node:http'
import proxyAddr from 'proxy-addr'

/**
 * The client's address as the app may trust it. By default the socket's peer: a header any client
 * can write (X-Forwarded-For) is ignored. Behind a reverse proxy, TRUST_PROXY lists the proxies'
 * addresses or subnets (comma-separated; also `loopback`, `linklocal`, `uniquelocal`); the address
 * is then the right-most X-Forwarded-For entry that is not a trusted proxy (proxy-addr, as Express
 * decides it). server.ts passes it to the app in CLIENT_ADDRESS_HEADER, replacing whatever the
 * request carried under that name.
 */

export const CLIENT_ADDRESS_HEADER = 'x-forum-atlas-client'

export function trustedProxies(setting: string | undefined): (address: string, hop: number) => boolean {
  const list = (setting ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.length === 0) return () => false
  try {
    return proxyAddr.compile(list)
  } catch (error) {
    throw new Error(`TRUST_PROXY: ${(error as Error).message} (give addresses or subnets, e.g. 10.0.0.1,10.1.0.0/16, or loopback)`)
  }
}

function clientAddress(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  return proxyAddr(req, trust) || 'unknown'
}

/** Sets the trusted client address on the request, replacing any value the client sent. */
export function stampClientAddress(req: IncomingMessage, trust: (address: string, hop: number) => boolean): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trust)
}

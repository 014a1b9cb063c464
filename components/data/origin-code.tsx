'use client'

import { useSyncExternalStore } from 'react'

const noop = () => () => {}

/**
 * A line of code holding an address of this site: rendered with the origin the server guessed from
 * PUBLIC_URL or the Host header (lib/http/public-origin.ts), then with the browser's own, which knows the scheme
 * and the host a proxy may have rewritten.
 */
export function OriginCode({ before, path, after, serverOrigin }: { before: string; path: string; after: string; serverOrigin: string }) {
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => serverOrigin,
  )
  return (
    <code>
      {before}
      {origin}
      {path}
      {after}
    </code>
  )
}

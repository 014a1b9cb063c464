/**
 * How the HTTP layer (server.ts) learns the dataset's version without opening a database of its
 * own: the app publishes a probe when it opens its database (lib/db/connection.ts), and the server
 * reads it. The two live in different module graphs (Next bundles the app; the server is loaded
 * by Node), so the probe sits on globalThis under a registered symbol, which both graphs share.
 * (PGlite allows one connection per process: the server must not open a second one.)
 */

export type DataVersionProbe = () => Promise<string>

const KEY = Symbol.for('forum-atlas.data-version-probe')
const holder = globalThis as unknown as Record<symbol, DataVersionProbe | undefined>

export function publishDataVersionProbe(probe: DataVersionProbe): void {
  holder[KEY] = probe
}

/** The published probe, or null while the app has not opened its database yet. */
export function dataVersionProbe(): DataVersionProbe | null {
  return holder[KEY] ?? null
}

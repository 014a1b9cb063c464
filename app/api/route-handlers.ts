import type { RouteModule } from '@/lib/api/run-example'

/**
 * Each documented endpoint's route module, loaded on demand so that the /api page can run the
 * example through the route's own handler in this process. It lives in app/ because it imports
 * routes: lib/api/endpoints.ts describes the endpoints and never imports app/.
 */
export const ROUTE_HANDLERS: Record<string, () => Promise<RouteModule>> = {
  '/api/memberships': () => import('./memberships/route'),
  '/api/memberships.csv': () => import('./memberships.csv/route'),
  '/api/applications.csv': () => import('./applications.csv/route'),
  '/api/matrix': () => import('./matrix/route'),
  '/api/matrix.csv': () => import('./matrix.csv/route'),
  '/api/overlaps': () => import('./overlaps/route'),
  '/api/overlaps.csv': () => import('./overlaps.csv/route'),
  '/api/alignment': () => import('./alignment/route'),
  '/api/alignment.csv': () => import('./alignment.csv/route'),
  '/api/trade': () => import('./trade/route'),
  '/api/trade/partners': () => import('./trade/partners/route'),
  '/api/trade.csv': () => import('./trade.csv/route'),
  '/api/events': () => import('./events/route'),
  '/api/events.csv': () => import('./events.csv/route'),
  '/api/changes': () => import('./changes/route'),
  '/api/changes.csv': () => import('./changes.csv/route'),
  '/api/corrections.csv': () => import('./corrections.csv/route'),
  '/api/export/cow-igo.csv': () => import('./export/cow-igo.csv/route'),
  '/api/export/dyad-year.csv': () => import('./export/dyad-year.csv/route'),
  '/api/export/forum-year.csv': () => import('./export/forum-year.csv/route'),
  '/api/export/trade.csv': () => import('./export/trade.csv/route'),
  '/api/export/sources.csv': () => import('./export/sources.csv/route'),
  '/api/openapi.json': () => import('./openapi.json/route'),
}

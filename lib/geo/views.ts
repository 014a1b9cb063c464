/** The map's two frames (a URL parameter, shared with the client controls). */
export const MAP_VIEWS = ['region', 'world'] as const
export type MapView = (typeof MAP_VIEWS)[number]

/**
 * The columns of the research exports (rows: lib/transforms/dyad-year.ts and forum-year.ts, read by
 * lib/queries/research-exports.ts).
 */

/** /api/export/dyad-year.csv: one row per unordered pair of states with a COW code (ccode1 < ccode2) per year. */
export const DYAD_YEAR_COLUMNS = ['ccode1', 'ccode2', 'iso3_1', 'iso3_2', 'year', 'joint_member', 'joint_any', 'alignment_score'] as const

/** /api/export/forum-year.csv: one row per forum per year it existed; a count per status, in the vocabulary's order. */
export const FORUM_YEAR_COLUMNS = ['forum_code', 'forum_name', 'year', 'members', 'observers', 'partners', 'associates', 'applicants', 'suspended'] as const

/** The download's file name: what, the years, and the forums when a few were chosen. */
export const researchExportFilename = (what: 'dyad-year' | 'forum-year', from: number, to: number, forums?: string[]) =>
  `forum-atlas-${what}-${from}-${to}${forums?.length && forums.length <= 3 ? `-${forums.join('-')}` : ''}.csv`

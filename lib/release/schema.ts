import { z } from 'zod'

/** The shape of prisma/data/releases.json (written by `npm run data:release`). */

export const RELEASE_VERSION = /^\d{4}\.\d{2}(\.\d+)?$/

const changeSchema = z.object({
  kind: z.enum(['added', 'corrected', 'removed', 'changed']),
  text: z.string().min(1),
  /** Source ids (sources.csv) that state what changed, or the repository files that record it. */
  sources: z.array(z.string().min(1)).default([]),
})

export const releaseSchema = z.object({
  version: z.string().regex(RELEASE_VERSION, 'must be YYYY.MM or YYYY.MM.N'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  summary: z.string().min(1),
  changes: z.array(changeSchema),
  /** sha256 of the release's tables, codebook and licence (what the data is, not how it is described). */
  dataSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** sha256 and size of the zip `npm run data:release` builds: a rebuild must match both. */
  zipSha256: z.string().regex(/^[0-9a-f]{64}$/),
  zipBytes: z.number().int().positive(),
})

export type Release = z.infer<typeof releaseSchema>
export type ReleaseChange = z.infer<typeof changeSchema>

export const releasesSchema = z.array(releaseSchema)

export const releaseFileName = (version: string) => `forum-atlas-data-${version}.zip`

/** Where the release zips are kept, relative to the repository root. */
export const RELEASES_DIR = 'prisma/data/releases'

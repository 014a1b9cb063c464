import releasesJson from '../../prisma/data/releases.json'
import { releasesSchema, type Release } from './schema'

/**
 * The data releases (prisma/data/releases.json, written by `npm run data:release`): each names its
 * version, its day, what changed and why, and the digests that pin it. The newest release is the
 * version every citation, download and chart image names.
 */

/** Oldest first, as in the file. */
export const RELEASES: readonly Release[] = releasesSchema.min(1, 'prisma/data/releases.json names no release: run npm run data:release').parse(releasesJson)

export const LATEST_RELEASE: Release = RELEASES[RELEASES.length - 1]

/** The dataset version every citation and download names. */
export const DATASET_VERSION = LATEST_RELEASE.version

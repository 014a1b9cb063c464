import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Dataset } from '../dataset/load'
import { changelog, dataFiles, digestOf, releaseZip, sha256 } from './build'
import { RELEASE_VERSION, releaseFileName, releaseSchema, type Release } from './schema'
import { releaseTables } from './tables'

/**
 * Where the data stands against its releases: the check `npm run data:check` runs and the plan
 * `npm run data:release` carries out. The data changed when the digest of its files differs from the
 * newest release's; then a draft (an entry at the end of prisma/data/releases.json with only
 * `summary` and `changes`) must say what changed before the script gives it a version.
 */

export const RELEASES_FILE = 'prisma/data/releases.json'
export const CHANGELOG_FILE = 'prisma/data/CHANGELOG.md'
export const LICENCE_FILE = 'prisma/data/LICENSE.md'

const draftSchema = releaseSchema
  .pick({ summary: true, changes: true })
  .extend({ version: z.string().regex(RELEASE_VERSION).optional(), date: z.string().optional() })
  .strict()

export interface ReleaseFiles {
  releases: Release[]
  draft: z.infer<typeof draftSchema> | null
}

/** Reads releases.json: released entries, then at most one draft at the end. Errors name the entry and field. */
export function readReleases(root: string): ReleaseFiles {
  const file = path.join(root, RELEASES_FILE)
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(json)) throw new Error(`${RELEASES_FILE}: must be a list of releases`)
  const releases: Release[] = []
  let draft: ReleaseFiles['draft'] = null
  json.forEach((entry, i) => {
    const full = releaseSchema.safeParse(entry)
    if (full.success) {
      if (draft) throw new Error(`${RELEASES_FILE}: entry ${i + 1}: a release after the draft; the draft must be the last entry`)
      releases.push(full.data)
      return
    }
    const partial = draftSchema.safeParse(entry)
    if (partial.success && i === json.length - 1) {
      draft = partial.data
      return
    }
    const issue = full.error.issues[0]
    throw new Error(`${RELEASES_FILE}: entry ${i + 1}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`)
  })
  for (let i = 1; i < releases.length; i++)
    if (releases[i].version <= releases[i - 1].version)
      throw new Error(`${RELEASES_FILE}: entry ${i + 1}: version ${releases[i].version} does not follow ${releases[i - 1].version}`)
  return { releases, draft }
}

export function currentDataDigest(dataset: Dataset, root: string): string {
  return digestOf(dataFiles(releaseTables(dataset), readFileSync(path.join(root, LICENCE_FILE), 'utf8')))
}

/** The next version for a release made on `day`: YYYY.MM, or YYYY.MM.N when that month already has one. */
export function nextVersion(day: string, existing: readonly string[]): string {
  const month = `${day.slice(0, 4)}.${day.slice(5, 7)}`
  if (!existing.includes(month)) return month
  let n = 1
  while (existing.includes(`${month}.${n}`)) n++
  return `${month}.${n}`
}

export function buildReleaseZip(dataset: Dataset, root: string, history: Pick<Release, 'version' | 'date' | 'summary' | 'changes'>[]): Uint8Array {
  return releaseZip({
    release: history[history.length - 1],
    history,
    tables: releaseTables(dataset),
    licence: readFileSync(path.join(root, LICENCE_FILE), 'utf8'),
  })
}

/**
 * The problems `npm run data:check` reports about releases: the data changed without a release,
 * the CHANGELOG is not the one releases.json makes, the newest zip is missing or not what the data builds.
 */
export function releaseProblems(dataset: Dataset, root: string, options: { verifyZip: boolean } = { verifyZip: true }): string[] {
  const problems: string[] = []
  let files: ReleaseFiles
  try {
    files = readReleases(root)
  } catch (error) {
    return [(error as Error).message]
  }
  const { releases, draft } = files
  const latest = releases.at(-1)
  if (draft) problems.push(`${RELEASES_FILE}: a draft release is waiting: run npm run data:release to give it a version`)
  if (!latest) return [...problems, `${RELEASES_FILE}: no release yet: run npm run data:release`]
  const digest = currentDataDigest(dataset, root)
  if (digest !== latest.dataSha256)
    problems.push(
      `prisma/data changed since release ${latest.version}: add a draft at the end of ${RELEASES_FILE} ({"summary": …, "changes": [{"kind": "added" | "changed" | "corrected" | "removed", "text": …, "sources": [source ids]}]}) and run npm run data:release`,
    )
  const log = path.join(root, CHANGELOG_FILE)
  if (!existsSync(log) || readFileSync(log, 'utf8') !== changelog(releases))
    problems.push(`${CHANGELOG_FILE} is not what ${RELEASES_FILE} says: run npm run data:release`)
  const zipFile = path.join(root, 'prisma/data/releases', releaseFileName(latest.version))
  if (!existsSync(zipFile)) problems.push(`${path.relative(root, zipFile)} is missing: run npm run data:release`)
  else if (options.verifyZip && digest === latest.dataSha256) {
    const onDisk = sha256(readFileSync(zipFile))
    if (onDisk !== latest.zipSha256)
      problems.push(`${path.relative(root, zipFile)}: its sha256 ${onDisk} is not the ${latest.zipSha256} that ${RELEASES_FILE} records`)
    const rebuilt = sha256(buildReleaseZip(dataset, root, releases))
    if (rebuilt !== latest.zipSha256)
      problems.push(`release ${latest.version}: the data builds a zip with sha256 ${rebuilt}, not the recorded ${latest.zipSha256}`)
  }
  return problems
}

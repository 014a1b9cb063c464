// npm run data:release — makes the dataset's release. When prisma/data changed since the newest
// release, the draft at the end of prisma/data/releases.json (what changed and why) gets the next
// version (YYYY.MM of today, or YYYY.MM.N), today's date and its digests, and its zip is written to
// prisma/data/releases/. When nothing changed, it rebuilds the newest zip and checks it is the
// same bytes. Either way it rewrites prisma/data/CHANGELOG.md from releases.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatasetError, loadDataset } from '../lib/dataset/load'
import { todayIso } from '../lib/dates'
import { changelog, sha256 } from '../lib/release/build'
import { releaseFileName, RELEASES_DIR, type Release } from '../lib/release/schema'
import { buildReleaseZip, CHANGELOG_FILE, currentDataDigest, nextVersion, readReleases, RELEASES_FILE } from '../lib/release/state'

const root = process.cwd()

function main(): void {
  const dataset = loadDataset()
  const { releases, draft } = readReleases(root)
  const digest = currentDataDigest(dataset, root)
  const latest = releases.at(-1)
  mkdirSync(path.join(root, RELEASES_DIR), { recursive: true })

  if (latest && latest.dataSha256 === digest && !draft) {
    const zip = buildReleaseZip(dataset, root, releases)
    const file = path.join(root, RELEASES_DIR, releaseFileName(latest.version))
    if (sha256(zip) !== latest.zipSha256)
      throw new Error(`release ${latest.version}: the rebuilt zip's sha256 ${sha256(zip)} is not the recorded ${latest.zipSha256}`)
    if (!existsSync(file)) writeFileSync(file, zip)
    else if (sha256(readFileSync(file)) !== latest.zipSha256)
      throw new Error(`${path.relative(root, file)} is not the zip of release ${latest.version}: delete it and run again`)
    writeFileSync(path.join(root, CHANGELOG_FILE), changelog(releases))
    console.log(`data:release: prisma/data is release ${latest.version}; its zip rebuilds byte for byte (sha256 ${latest.zipSha256})`)
    return
  }
  if (!draft) {
    throw new Error(
      `prisma/data changed since release ${latest?.version ?? '(none)'}: say what changed in a draft at the end of ${RELEASES_FILE}: {"summary": "…", "changes": [{"kind": "added", "text": "…", "sources": ["source-id"]}]}, then run this again`,
    )
  }
  const date = draft.date ?? todayIso()
  const version =
    draft.version ??
    nextVersion(
      date,
      releases.map((r) => r.version),
    )
  const entry = { version, date, summary: draft.summary, changes: draft.changes }
  const history = [...releases, entry]
  const zip = buildReleaseZip(dataset, root, history)
  const release: Release = { ...entry, dataSha256: digest, zipSha256: sha256(zip), zipBytes: zip.byteLength }
  const all = [...releases, release]
  writeFileSync(path.join(root, RELEASES_DIR, releaseFileName(version)), zip)
  writeFileSync(path.join(root, RELEASES_FILE), `${JSON.stringify(all, null, 2)}\n`)
  writeFileSync(path.join(root, CHANGELOG_FILE), changelog(all))
  console.log(`data:release: released ${version} (${zip.byteLength} bytes, sha256 ${release.zipSha256}) → ${RELEASES_DIR}/${releaseFileName(version)}`)
}

try {
  main()
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : `data:release: ${(error as Error).message}`)
  process.exitCode = 1
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../dataset/load'
import { sha256 } from './build'
import { LATEST_RELEASE } from './manifest'
import { releaseFileName } from './schema'
import { buildReleaseZip, nextVersion, readReleases, releaseProblems, RELEASES_FILE } from './state'

const root = process.cwd()
const dataset = loadDataset()
const { releases } = readReleases(root)

function unzipText(zip: Uint8Array): Record<string, string> {
  const files = unzipSync(zip)
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder('utf-8', { fatal: true }).decode(bytes)]))
}

const strictCsv = (text: string): string[][] => parse(text, { bom: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][]

describe('the release zip', () => {
  const zip = buildReleaseZip(dataset, root, releases)
  const folder = `forum-atlas-data-${LATEST_RELEASE.version}/`
  const files = unzipText(zip)

  it('is the same bytes when built twice from the same data, in any time zone', () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'Pacific/Kiritimati'
      const again = buildReleaseZip(loadDataset(), root, releases)
      process.env.TZ = 'America/Anchorage'
      const third = buildReleaseZip(loadDataset(), root, releases)
      expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true)
      expect(Buffer.from(third).equals(Buffer.from(zip))).toBe(true)
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('is the zip committed for the newest release, with the recorded digest and size', () => {
    const committed = readFileSync(path.join(root, 'prisma/data/releases', releaseFileName(LATEST_RELEASE.version)))
    expect(sha256(zip)).toBe(LATEST_RELEASE.zipSha256)
    expect(zip.byteLength).toBe(LATEST_RELEASE.zipBytes)
    expect(Buffer.from(committed).equals(Buffer.from(zip))).toBe(true)
  })

  it('holds every table, the codebook, the changelog, the licence and a README, in one folder', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE.md',
        'README.md',
        'codebook.csv',
        ...['applications', 'attendance', 'events', 'forums', 'memberships', 'names', 'parties', 'sources', 'status-terms', 'trade'].map(
          (t) => `data/${t}.csv`,
        ),
      ].map((f) => folder + f),
    )
    expect(files[`${folder}LICENSE.md`]).toBe(readFileSync(path.join(root, 'prisma/data/LICENSE.md'), 'utf8'))
    expect(files[`${folder}CHANGELOG.md`]).toBe(readFileSync(path.join(root, 'prisma/data/CHANGELOG.md'), 'utf8'))
    expect(files[`${folder}README.md`]).toContain(`version ${LATEST_RELEASE.version}`)
    expect(files[`${folder}README.md`]).toContain('CC BY 4.0')
  })

  it('has a codebook naming every column of every CSV file in it, and nothing else', () => {
    const codebook = strictCsv(files[`${folder}codebook.csv`])
    expect(codebook[0]).toEqual(['file', 'column', 'type', 'optional', 'allowed_values', 'meaning'])
    const described = new Set(codebook.slice(1).map(([file, column]) => `${file}\t${column}`))
    const present = new Set<string>()
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue
      for (const column of strictCsv(text)[0]) present.add(`${name.slice(folder.length)}\t${column}`)
    }
    expect([...present].filter((c) => !described.has(c))).toEqual([])
    expect([...described].filter((c) => !present.has(c))).toEqual([])
    for (const row of codebook.slice(1)) expect(row[5], `${row[0]} ${row[1]} has a meaning`).not.toBe('')
  })

  it('has CSV files that parse strictly, whose cells keep to the codebook (required, allowed values, types)', () => {
    const codebook = strictCsv(files[`${folder}codebook.csv`]).slice(1)
    const counts: Record<string, number> = {}
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.csv') || name.endsWith('codebook.csv')) continue
      const [header, ...rows] = strictCsv(text)
      counts[name.slice(folder.length)] = rows.length
      for (const [file, column, type, optional, allowed] of codebook.filter(([f]) => f === name.slice(folder.length))) {
        const at = header.indexOf(column)
        const values = allowed ? new Set(allowed.split(' | ')) : null
        rows.forEach((row, i) => {
          const cell = row[at]
          const where = `${file} line ${i + 2} ${column}`
          if (cell === '') return expect(optional, `${where} is empty`).toBe('yes')
          if (values) expect(values.has(cell), `${where}: ${cell}`).toBe(true)
          if (type === 'date') expect(cell, where).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          if (type === 'year') expect(cell, where).toMatch(/^\d{4}$/)
          if (type === 'decimal') expect(cell, where).toMatch(/^\d+(\.\d+)?$/)
        })
      }
    }
    expect(counts).toEqual({
      'data/applications.csv': dataset.applications.length,
      'data/attendance.csv': dataset.attendance.length,
      'data/events.csv': dataset.events.length,
      'data/forums.csv': dataset.forums.length,
      'data/memberships.csv': dataset.memberships.length,
      'data/names.csv': dataset.names.length,
      'data/parties.csv': dataset.parties.length,
      'data/sources.csv': dataset.sources.length,
      'data/status-terms.csv': dataset.statusTerms.length,
      'data/trade.csv': dataset.trade.length,
    })
  })
})

describe('the data and its releases', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'fa-release-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('agree in this repository: the data is its newest release, with its CHANGELOG and zip', () => {
    expect(releaseProblems(dataset, root)).toEqual([])
  })

  it('disagree as soon as a fact changes, until a release says what changed', () => {
    cpSync(path.join(root, 'prisma/data'), path.join(scratch, 'prisma/data'), { recursive: true })
    const file = path.join(scratch, 'prisma/data/forums/sco.csv')
    const before = readFileSync(file, 'utf8')
    const after = before.replace('Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization')
    expect(after).not.toBe(before)
    writeFileSync(file, after)
    const changed = loadDataset(path.join(scratch, 'prisma/data'))
    const problems = releaseProblems(changed, scratch)
    expect(problems.join('\n')).toContain(`prisma/data changed since release ${LATEST_RELEASE.version}: add a draft at the end of prisma/data/releases.json`)
    // The CHANGELOG and the committed zip are still the release's: only the data moved.
    expect(problems).toHaveLength(1)
  })

  it('names a malformed releases.json entry and field', () => {
    const json = JSON.parse(readFileSync(path.join(root, RELEASES_FILE), 'utf8'))
    json[0].dataSha256 = 'nope'
    cpSync(path.join(root, 'prisma/data'), path.join(scratch, 'bad/prisma/data'), { recursive: true })
    writeFileSync(path.join(scratch, 'bad', RELEASES_FILE), JSON.stringify(json))
    expect(releaseProblems(dataset, path.join(scratch, 'bad'))).toEqual([expect.stringMatching(/^prisma\/data\/releases\.json: entry 1: dataSha256: /)])
  })
})

describe('nextVersion', () => {
  it('is the month of the day, then .1, .2 for more releases in the same month', () => {
    expect(nextVersion('2027-01-14', ['2026.12'])).toBe('2027.01')
    expect(nextVersion('2026-12-20', ['2026.12'])).toBe('2026.12.1')
    expect(nextVersion('2026-12-20', ['2026.12', '2026.12.1'])).toBe('2026.12.2')
  })
})

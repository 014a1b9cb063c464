import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvRecords } from '../csv-read'
import { loadDataset } from '../dataset/load'
import { COW_CCODES } from './cow'

/**
 * COW_CCODES against its origin: the COW state list as shipped (prisma/data/cow/statelist2024.csv)
 * and our mapping of ISO3 codes to it (prisma/data/cow/iso3-ccode.csv), for every state of the dataset.
 */

const COW_DIR = path.join(process.cwd(), 'prisma/data/cow')

function table(file: string): Record<string, string>[] {
  const [header, ...rows] = readCsvRecords(readFileSync(path.join(COW_DIR, file))).map((r) => r.record)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])))
}

const cowList = table('statelist2024.csv')
const mapping = table('iso3-ccode.csv')
const coded = mapping.filter((m) => m.ccode !== '')
const states = loadDataset().parties.filter((p) => p.kind === 'state')

// The codes the exports used before the full list (from the COW IGO v3 extract): they must not move.
const PREVIOUS_25: Record<string, number> = {
  USA: 2,
  HUN: 310,
  RUS: 365,
  BLR: 370,
  ARM: 371,
  GEO: 372,
  AZE: 373,
  IRN: 630,
  TUR: 640,
  SAU: 670,
  KWT: 690,
  BHR: 692,
  QAT: 694,
  ARE: 696,
  OMN: 698,
  AFG: 700,
  TKM: 701,
  TJK: 702,
  KGZ: 703,
  UZB: 704,
  KAZ: 705,
  CHN: 710,
  MNG: 712,
  IND: 750,
  PAK: 770,
}

describe('COW state codes', () => {
  it('the shipped COW list is the v2024 state list: 244 rows, each code with one abbreviation and name', () => {
    expect(cowList).toHaveLength(244)
    expect(new Set(cowList.map((r) => r.version))).toEqual(new Set(['2024']))
    // Codes repeat for a state's separate spells (Cuba 1902–1906, 1909–) and for 345, which COW gives
    // Yugoslavia and then Serbia; otherwise one code is one abbreviation.
    const abbrevs = new Map<string, Set<string>>()
    for (const r of cowList) abbrevs.set(r.ccode, (abbrevs.get(r.ccode) ?? new Set()).add(r.stateabb))
    const shared = [...abbrevs].filter(([, a]) => a.size > 1).map(([c, a]) => `${c}:${[...a].join('/')}`)
    expect(shared).toEqual(['345:YUG/SRB'])
  })

  it('maps every state of the dataset, or says in a note why it has no code', () => {
    const byIso = new Map(mapping.map((m) => [m.iso3, m]))
    expect(new Set(mapping.map((m) => m.iso3)).size).toBe(mapping.length)
    expect(states.map((s) => s.code).filter((code) => !byIso.has(code))).toEqual([])
    expect(mapping.map((m) => m.iso3).filter((iso) => !states.some((s) => s.code === iso))).toEqual([])
    const uncoded = mapping.filter((m) => m.ccode === '')
    expect(uncoded.filter((m) => m.note.trim() === '')).toEqual([])
    expect(uncoded.map((m) => m.iso3).sort()).toEqual(['PSE', 'SUN', 'VAT', 'YUG'])
  })

  it('takes each code, abbreviation and name from one row of the COW list', () => {
    const wrong = coded.filter((m) => !cowList.some((r) => r.ccode === m.ccode && r.stateabb === m.cow_abbrev && r.statenme === m.cow_name))
    expect(wrong).toEqual([])
  })

  it('gives each code to one state only', () => {
    const codes = coded.map((m) => m.ccode)
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([])
  })

  it('COW_CCODES is the mapping file, code for code', () => {
    expect(COW_CCODES).toEqual(Object.fromEntries(coded.map((m) => [m.iso3, Number(m.ccode)])))
    expect(Object.keys(COW_CCODES)).toHaveLength(127)
  })

  it('keeps the 25 codes the exports used before', () => {
    expect(Object.fromEntries(Object.keys(PREVIOUS_25).map((iso) => [iso, COW_CCODES[iso]]))).toEqual(PREVIOUS_25)
  })
})

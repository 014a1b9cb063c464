import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetError, loadDataset } from './load'

function dataset(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fa-data-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const SOURCES = 'id,title,publisher,url,published,kind,note\ns1,A source,,https://example.org/a,2020,official,\n'
const PARTIES = 'code,name,short_name,kind,region\nKAZ,Kazakhstan,Kazakhstan,state,Central Asia\nUZB,Uzbekistan,Uzbekistan,state,Central Asia\n'
const FORUMS =
  'code,name,short_name,kind,founded,founded_precision,dissolved,dissolved_precision,predecessor_code,headquarters,description,source_id\n' +
  'CSTO,Collective Security Treaty Organization,CSTO,treaty_organization,1992-05-15,day,,,,Moscow,A treaty.,s1\n'
const M_HEADER = 'party_code,forum_code,status,valid_from,from_precision,valid_to,to_precision,note,source_id\n'

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadDataset(dataset({ 'sources/a.csv': SOURCES, 'parties.csv': PARTIES, 'forums/a.csv': FORUMS, ...files }))
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError)
    return (error as DatasetError).problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.field ?? ''}: ${p.message}`)
  }
  return []
}

describe('loading the dataset', () => {
  it('accepts a valid dataset', () => {
    expect(problemsOf({ 'memberships/a.csv': `${M_HEADER}KAZ,CSTO,member,1992-05-15,day,,,,s1\n` })).toEqual([])
  })

  it('names file, line and field of every malformed cell', () => {
    const problems = problemsOf({
      'memberships/a.csv':
        M_HEADER +
        'KAZ,CSTO,member,1992-05-15,day,,,,s1\n' +
        'UZB,CSTO,friend,1994-04-20,day,,,,s1\n' +
        'UZB,CSTO,member,1994-02-30,day,,,,s1\n' +
        'UZB,CSTO,member,2006-08-16,weekly,,,,s1\n',
    })
    expect(problems).toEqual([
      expect.stringMatching(/^a\.csv:3: status: must be one of member/),
      expect.stringMatching(/^a\.csv:4: valid_from: is not a real calendar date/),
      expect.stringMatching(/^a\.csv:5: from_precision: must be one of day, month, year/),
    ])
  })

  it('reports unknown references, overlaps, reversed intervals and a wrong header', () => {
    expect(
      problemsOf({
        'memberships/a.csv':
          M_HEADER +
          'XXX,CSTO,member,1992-05-15,day,,,,s1\n' +
          'KAZ,NOPE,member,1992-05-15,day,,,,s1\n' +
          'KAZ,CSTO,member,1992-05-15,day,,,,nowhere\n' +
          'UZB,CSTO,member,1994-04-20,day,1999-04-20,day,,s1\n' +
          'UZB,CSTO,member,1999-04-20,day,,,,s1\n' +
          'UZB,CSTO,observer,2030-01-01,day,2029-01-01,day,,s1\n',
        'memberships/b.csv': 'party,forum\nKAZ,CSTO\n',
      }),
    ).toEqual([
      expect.stringMatching(/^b\.csv:1: : header must be exactly "party_code,forum_code/),
      expect.stringMatching(/^a\.csv:2: party_code: unknown party "XXX"/),
      expect.stringMatching(/^a\.csv:3: forum_code: unknown forum "NOPE"/),
      expect.stringMatching(/^a\.csv:4: source_id: unknown source "nowhere"/),
      expect.stringMatching(/^a\.csv:7: valid_to: is before valid_from/),
      expect.stringMatching(/^a\.csv:6: valid_from: UZB in CSTO from 1999-04-20 overlaps the interval from 1994-04-20 to 1999-04-20 at .*a\.csv:5/),
      expect.stringMatching(/^a\.csv:7: valid_from: UZB in CSTO from 2030-01-01 overlaps the interval from 1999-04-20 to open at .*a\.csv:6/),
    ])
  })

  it('reports a row with the wrong number of cells and a duplicate key', () => {
    expect(
      problemsOf({
        'memberships/a.csv': M_HEADER + 'KAZ,CSTO,member\n',
        'sources/b.csv': SOURCES,
      }),
    ).toEqual([
      expect.stringMatching(/^a\.csv:2: : has 3 cells, expected 9/),
      expect.stringMatching(/^b\.csv:2: id: duplicate id "s1" \(first at .*a\.csv:2\)/),
    ])
  })
})

describe('source addresses', () => {
  it('refuses a source URL that is not http(s), or that points at a mirror or a staging host', () => {
    const problems = problemsOf({
      'sources/b.csv':
        'id,title,publisher,url,published,kind,note\n' +
        'js,A,,javascript:alert(1),,official,\n' +
        'mirror,B,,https://wikimili.com/en/CSTO,,reference,\n' +
        'staging,C,,https://drupal-main-staging.unece.org/x,,official,\n' +
        'ok,D,,https://unece.org/x,,official,\n',
    })
    expect(problems).toEqual([
      expect.stringMatching(/^b\.csv:2: url: must be an http\(s\) URL/),
      expect.stringMatching(/^b\.csv:3: url: points at a mirror or a staging host/),
      expect.stringMatching(/^b\.csv:4: url: points at a mirror or a staging host/),
    ])
  })
})

describe('applications', () => {
  it('loads an application and checks its references', () => {
    const header = 'party_code,forum_code,sought_status,applied,applied_precision,note,source_id\n'
    const problems = problemsOf({
      'applications/a.csv': `${header}UZB,CSTO,member,2030-01-01,year,,s1\nXXX,CSTO,member,2030-01-01,day,,s1\nUZB,CSTO,king,2030-01-01,day,,s1\n`,
    })
    expect(problems).toEqual([
      expect.stringMatching(/^a\.csv:4: sought_status: must be one of/),
      expect.stringMatching(/^a\.csv:3: party_code: unknown party "XXX"/),
    ])
  })
})

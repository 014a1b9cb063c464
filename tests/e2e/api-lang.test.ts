import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, inject, it } from 'vitest'

/**
 * Issue #23, item 4: the downloads and the API stay stable. Without `lang` (and with lang=en) every
 * answer is byte for byte what main answered before `lang` existed (tests/fixtures/api-en, recorded
 * by scripts/record-api-fixtures.mjs from a build of main); lang=ru adds the Russian names after the
 * existing columns (CSV) or as a localNames field (JSON), and changes nothing else; any other lang
 * is a 400 naming the parameter.
 */

// The file a recorded answer is kept in (as scripts/record-api-fixtures.mjs names it).
const fixtureName = (url: string) => url.slice('/api/'.length).replace(/[^A-Za-z0-9.-]/g, '_')
const FIXTURES = path.join(import.meta.dirname, '../fixtures/api-en')
const URLS: string[] = JSON.parse(readFileSync(path.join(FIXTURES, 'urls.json'), 'utf8'))
const recorded = (url: string) => readFileSync(path.join(FIXTURES, fixtureName(url)), 'utf8')
const recordedHeaders = (url: string) => JSON.parse(readFileSync(path.join(FIXTURES, `${fixtureName(url)}.headers.json`), 'utf8'))
// The matrix download says the day it was made: the one line that may differ from the recording.
const sameDay = (text: string) => text.replace(/\r\naccessed,\d{4}-\d{2}-\d{2}\r\n/, '\r\naccessed,(day)\r\n')
const withLang = (url: string, lang: string) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`

describe.each(inject('servers'))('the API with and without lang on $target', ({ url: base }) => {
  it.each(URLS)('%s answers as before, with no lang and with lang=en', async (url) => {
    for (const asked of [url, withLang(url, 'en')]) {
      const res = await fetch(`${base}${asked}`)
      expect(res.status, asked).toBe(200)
      const meta = recordedHeaders(url)
      expect(res.headers.get('content-type')).toBe(meta.contentType)
      expect(res.headers.get('content-disposition')).toBe(meta.contentDisposition)
      expect(sameDay(await res.text()), asked).toBe(sameDay(recorded(url)))
    }
  })

  it.each(URLS)('%s with lang=ru: the same answer with the Russian names added', async (url) => {
    const res = await fetch(`${base}${withLang(url, 'ru')}`)
    expect(res.status).toBe(200)
    const text = await res.text()
    const before = recorded(url)
    if (url.includes('.csv')) {
      expect(res.headers.get('content-disposition')).toBe(recordedHeaders(url).contentDisposition)
      const tables = (t: string) => sameDay(t).split('\r\n\r\n')
      const [table, ...rest] = tables(text)
      const [tableBefore, ...restBefore] = tables(before)
      const rows = parse(table, { relax_column_count: false }) as string[][]
      const rowsBefore = parse(tableBefore) as string[][]
      expect(rows.length).toBe(rowsBefore.length)
      // Every row as before, then the added columns, whose names end in _ru.
      const width = rowsBefore[0].length
      rows.forEach((row, i) => expect(row.slice(0, width)).toEqual(rowsBefore[i]))
      const added = rows[0].slice(width)
      expect(added.length).toBeGreaterThan(0)
      for (const column of added) expect(column).toMatch(/_ru$/)
      const cells = rows.slice(1).flatMap((r) => r.slice(width))
      expect(
        cells.some((c) => /[А-Яа-яЁё]/.test(c)),
        'some Russian name',
      ).toBe(true)
      // The matrix's forums table comes before its about table; the other tables as before.
      if (url.startsWith('/api/matrix.csv')) {
        expect(rest[0]).toBe(restBefore[0])
        expect(rest[1].split('\r\n')[0]).toBe('forum_code,forum_name_ru,forum_short_name_ru')
        expect(rest[1]).toContain('SCO,Шанхайская организация сотрудничества,ШОС')
        expect(rest[2]).toBe(restBefore[1])
      } else expect(rest).toEqual(restBefore)
    } else {
      const { localNames, ...rest } = await JSON.parse(text)
      expect(rest).toEqual(JSON.parse(before))
      expect(localNames.lang).toBe('ru')
      expect(Object.keys(localNames)).toEqual(['lang', 'forums', 'parties'])
      const all = JSON.stringify(localNames)
      expect(all).toMatch(/[А-Яа-яЁё]/)
    }
  })

  it('names the Russian names where a reader looks for them', async () => {
    const csv = await (await fetch(`${base}/api/memberships.csv?forums=SCO&parties=KAZ&lang=ru`)).text()
    const [row] = parse(csv, { columns: true }) as Record<string, string>[]
    expect(row).toMatchObject({
      party_code: 'KAZ',
      party_name: 'Kazakhstan',
      forum_code: 'SCO',
      status: 'member',
      party_name_ru: 'Казахстан',
      forum_name_ru: 'Шанхайская организация сотрудничества',
      forum_short_name_ru: 'ШОС',
    })
    const json = await (await fetch(`${base}/api/trade?reporters=KAZ&partners=CHN,forum:SCO&from=2010&to=2011&lang=ru`)).json()
    expect(json.localNames.parties.KAZ).toEqual({ name: 'Казахстан', shortName: 'Казахстан' })
    expect(json.localNames.forums.SCO.shortName).toBe('ШОС')
    const trade = parse(await (await fetch(`${base}/api/trade.csv?reporters=KAZ&partners=forum:SCO&from=2010&to=2010&lang=ru`)).text(), {
      columns: true,
    }) as Record<string, string>[]
    expect(trade[0]).toMatchObject({ reporter_name_ru: 'Казахстан', partner_name_ru: 'Шанхайская организация сотрудничества' })
  })

  it.each(['xx', 'RU', 'ru-RU', ''])('refuses lang=%s with a 400 naming the parameter', async (lang) => {
    const res = await fetch(`${base}/api/memberships.csv?lang=${lang}`)
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.parameter).toBe('lang')
    expect(body.error).toMatch(/^lang: must be one of: en, ru/)
  })
})

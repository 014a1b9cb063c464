import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { dateAsKnown, eventsCsv, eventsSearch } from './events'
import type { EventSummary, SourceRef } from '../domain/types'

const src = (id: string, url: string | null, publisher: string | null = null): SourceRef => ({
  id,
  title: `Title ${id}`,
  publisher,
  url,
  published: null,
  kind: 'news',
})

const event = (over: Partial<EventSummary>): EventSummary => ({
  id: 'e',
  forumCode: 'OTS',
  forumName: 'Organization of Turkic States',
  kind: 'summit',
  startDate: '2024-07-06',
  endDate: null,
  datePrecision: 'day',
  place: 'Shusha, Azerbaijan',
  title: 'Informal summit',
  note: null,
  source: src('ev', 'https://example.org/event'),
  attendees: [],
  decisions: [],
  ...over,
})

describe('the events CSV', () => {
  it('writes one row per attendance, the attendance source before the event source, dates as precise as known', () => {
    const text = eventsCsv([
      event({
        attendees: [
          { partyCode: 'AZE', partyName: 'Azerbaijan', role: 'host', note: null, source: src('own', 'https://example.org/own') },
          { partyCode: 'HUN', partyName: 'Hungary', role: 'observer', note: 'x', source: null },
        ],
      }),
      event({
        id: 'm',
        forumCode: null,
        forumName: null,
        startDate: '2009-04-01',
        datePrecision: 'month',
        place: null,
        title: '=cmd',
        source: src('seed', null, 'Seed'),
      }),
    ])
    expect(text.split('\r\n')[0]).toBe('event_date,forum_code,title,place,party_code,role,source')
    expect(parse(text, { columns: true })).toEqual([
      {
        event_date: '2024-07-06',
        forum_code: 'OTS',
        title: 'Informal summit',
        place: 'Shusha, Azerbaijan',
        party_code: 'AZE',
        role: 'host',
        source: 'https://example.org/own',
      },
      {
        event_date: '2024-07-06',
        forum_code: 'OTS',
        title: 'Informal summit',
        place: 'Shusha, Azerbaijan',
        party_code: 'HUN',
        role: 'observer',
        source: 'https://example.org/event',
      },
      { event_date: '2009-04', forum_code: '', title: "'=cmd", place: '', party_code: '', role: '', source: 'Title seed (Seed)' },
    ])
  })

  it('shortens dates to their precision', () => {
    expect(dateAsKnown('2011-01-01', 'year')).toBe('2011')
    expect(dateAsKnown('2013-09-01', 'month')).toBe('2013-09')
    expect(dateAsKnown('2013-09-07', 'day')).toBe('2013-09-07')
  })

  it('builds the query string of a view without empty filters', () => {
    expect(eventsSearch({ forum: 'C5+US', party: '', year: 2024, role: undefined })).toBe('?forum=C5%2BUS&year=2024')
    expect(eventsSearch({})).toBe('')
  })
})

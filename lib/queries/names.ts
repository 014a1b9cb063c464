import 'server-only'
import { cache } from 'react'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { nameBook, type NameBook, type StoredNames } from '../i18n/names'
import { bulkRead } from '../db/bulk-read'
import { db, type Db } from './client'

/**
 * The names of forums and parties in `locale` (lib/i18n/names.ts): the stored translations with
 * the ISO country names. Once per request (React's cache); a few dozen rows.
 */
export const getNameBook = cache(async (locale: Locale, given?: Db): Promise<NameBook> => {
  if (locale === DEFAULT_LOCALE) return nameBook(locale, { forums: {}, parties: {} })
  const prisma = await db(given)
  const rows = await bulkRead<{ kind: string; code: string; name: string; short_name: string }>(
    prisma,
    'SELECT kind, code, name, short_name FROM localized_name WHERE lang = $1',
    [locale],
  )
  const stored: StoredNames = { forums: {}, parties: {} }
  for (const r of rows) (r.kind === 'forum' ? stored.forums : stored.parties)[r.code] = { name: r.name, shortName: r.short_name }
  return nameBook(locale, stored)
})

export interface StatusTerm {
  status: string
  forumCode: string | null
  term: string
  note: string | null
  sourceId: string
}

/** The terms the organizations use for each status in `locale`, for the glossary. */
export async function listStatusTerms(locale: Locale, given?: Db): Promise<StatusTerm[]> {
  const prisma = await db(given)
  const rows = await bulkRead<{ status: string; forum_code: string; term: string; note: string | null; source_id: string }>(
    prisma,
    `SELECT status::text AS status, forum_code, term, note, source_id FROM status_term WHERE lang = $1 ORDER BY status, forum_code, term`,
    [locale],
  )
  return rows.map((r) => ({ status: r.status, forumCode: r.forum_code || null, term: r.term, note: r.note, sourceId: r.source_id }))
}

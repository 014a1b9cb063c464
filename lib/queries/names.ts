import 'server-only'
import { cache } from 'react'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { nameBook, type LocalNames, type NameBook, type NameTable, type StoredNames } from '../i18n/names'
import { bulkRead } from '../db/bulk-read'
import { db, type Db } from './client'
import { cachedView } from './view-cache'

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
  /** The source's title and publisher, as the glossary cites it. */
  sourceTitle: string
  sourcePublisher: string | null
}

/** The terms the organizations use for each status in `locale`, for the glossary. */
export async function listStatusTerms(locale: Locale, given?: Db): Promise<StatusTerm[]> {
  const prisma = await db(given)
  const rows = await bulkRead<{
    status: string
    forum_code: string
    term: string
    note: string | null
    source_id: string
    title: string
    publisher: string | null
  }>(
    prisma,
    `SELECT t.status::text AS status, t.forum_code, t.term, t.note, t.source_id, s.title, s.publisher
       FROM status_term t JOIN source s ON s.id = t.source_id
      WHERE t.lang = $1 ORDER BY t.status, t.forum_code, t.term`,
    [locale],
  )
  return rows.map((r) => ({
    status: r.status,
    forumCode: r.forum_code || null,
    term: r.term,
    note: r.note,
    sourceId: r.source_id,
    sourceTitle: r.title,
    sourcePublisher: r.publisher,
  }))
}

/** The names in `locale` of every forum and party that has one: the API's `lang` answers and the pickers' search terms. */
export const getLocalNames = cache(async (locale: Locale, given?: Db): Promise<LocalNames> => {
  const { forums, parties } = await listEnglishNames(given)
  const book = await getNameBook(locale, given)
  const table = (list: EnglishNames, name: NameBook['forum']): NameTable => {
    const out: NameTable = {}
    for (const [code, english] of Object.entries(list)) {
      const local = name(code, english)
      if (local.lang === locale && locale !== DEFAULT_LOCALE) out[code] = { name: local.name, shortName: local.shortName }
    }
    return out
  }
  return { lang: locale, forums: table(forums, book.forum), parties: table(parties, book.party) }
})

type EnglishNames = Record<string, { name: string; shortName: string }>

/** The English names of every forum and party, by code. */
export const listEnglishNames = cache(async (given?: Db): Promise<{ forums: EnglishNames; parties: EnglishNames }> => {
  const prisma = await db(given)
  const rows = await bulkRead<{ kind: string; code: string; name: string; short_name: string }>(
    prisma,
    `SELECT 'forum' AS kind, code, name, short_name FROM forum UNION ALL SELECT 'party', code, name, short_name FROM party ORDER BY 1, 2`,
    [],
  )
  const out = { forums: {} as EnglishNames, parties: {} as EnglishNames }
  for (const r of rows) (r.kind === 'forum' ? out.forums : out.parties)[r.code] = { name: r.name, shortName: r.short_name }
  return out
})

/**
 * The pickers' search terms (lib/picker-match.ts): by code, the names a reader of a page in
 * `locale` may type besides the one shown. On an English page, the Russian names; on a Russian
 * page, the English and the Russian ones (an option may show either). Nothing when the database
 * cannot be read: the pickers then search the names they show.
 */
export async function getSearchTerms(locale: Locale, given?: Db): Promise<Record<string, string[]>> {
  try {
    const prisma = await db(given)
    // The layout of every page with pickers reads them (components/ui/page-layout.tsx): kept per dataset version (about 5 ms a render otherwise).
    return await cachedView(
      prisma,
      'search-terms',
      locale,
      async () => {
        const english = await listEnglishNames(prisma)
        const russian = await getLocalNames('ru', prisma)
        const terms: Record<string, string[]> = {}
        const add = (code: string, ...names: (string | undefined)[]) => {
          const list = (terms[code] ??= [])
          for (const n of names) if (n && !list.includes(n)) list.push(n)
        }
        for (const table of [russian.forums, russian.parties]) for (const [code, n] of Object.entries(table)) add(code, n.name, n.shortName)
        if (locale !== DEFAULT_LOCALE)
          for (const table of [english.forums, english.parties]) for (const [code, n] of Object.entries(table)) add(code, n.name, n.shortName)
        return terms
      },
      (terms) => Object.keys(terms).length,
    )
  } catch {
    return {}
  }
}

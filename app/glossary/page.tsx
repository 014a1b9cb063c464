import type { Metadata } from 'next'
import { connection } from 'next/server'
import { getLocale, getTranslations } from 'next-intl/server'
import Link from '@/components/ui/link'
import { InLanguage, Name } from '@/components/ui/local-name'
import { Table } from '@/components/tables/table'
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '@/lib/domain/vocabulary'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getNameBook, listEnglishNames, listStatusTerms, type StatusTerm } from '@/lib/queries/names'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('glossary')
  return { title: t('title'), description: t('description') }
}

/** The legal cautions of prisma/data/REVIEW-names-ru-b.md ("statuses, legal notes"), in this order. */
const CAUTIONS = ['osce', 'cis', 'cisAssociate', 'cstoArmenia', 'cstoParliament', 'eurasec', 'candidate', 'coe'] as const

/**
 * The statuses of the dashboard: the interface's label for each and what it means, then the terms
 * the organizations themselves use for it in Russian, forum by forum, each quoted as its source
 * prints it (prisma/data/glossary/ru.csv), with what the term covers legally. The terms are facts:
 * on the English page they stay Russian, marked lang="ru"; their notes stay English.
 */
export default async function GlossaryPage() {
  await connection()
  const locale = await getLocale()
  const lang: Locale = isLocale(locale) ? locale : 'en'
  const t = await getTranslations('glossary')
  const ts = await getTranslations('statuses')
  const [terms, names, english] = await Promise.all([listStatusTerms('ru'), getNameBook(lang), listEnglishNames()])
  const forumName = (code: string) => names.forum(code, english.forums[code] ?? { name: code, shortName: code })
  const byStatus = new Map<string, StatusTerm[]>()
  for (const term of terms) byStatus.set(term.status, [...(byStatus.get(term.status) ?? []), term])
  // General wordings first, then the forums by their name in the page's language.
  const sorted = (list: StatusTerm[]) =>
    [...list].sort((a, b) =>
      a.forumCode === b.forumCode
        ? 0
        : a.forumCode === null
          ? -1
          : b.forumCode === null
            ? 1
            : forumName(a.forumCode).shortName.localeCompare(forumName(b.forumCode).shortName, lang),
    )

  return (
    <div className="glossary">
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p>
        {t.rich('howToRead', {
          sources: (chunks) => <Link href="/sources">{chunks}</Link>,
        })}
      </p>
      <nav aria-label={t('contents')}>
        <ul className="glossary-toc">
          {MEMBERSHIP_STATUSES.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{ts(s)}</a>
            </li>
          ))}
          <li>
            <a href="#cautions">{t('cautionsTitle')}</a>
          </li>
        </ul>
      </nav>

      {MEMBERSHIP_STATUSES.map((status: MembershipStatus) => {
        const list = sorted(byStatus.get(status) ?? [])
        return (
          <section key={status} id={status} aria-labelledby={`${status}-title`} className="glossary-status">
            <h2 id={`${status}-title`}>
              <span className={`chip status-${status}`} aria-hidden="true">
                {ts(`short.${status}`)}
              </span>{' '}
              {ts(status)}
            </h2>
            <p>{t(`meaning.${status}`)}</p>
            <Table
              className="glossary-terms"
              caption={t('termsCaption', { status: ts(status) })}
              columns={[
                {
                  id: 'forum',
                  header: t('forum'),
                  cell: (r: StatusTerm) =>
                    r.forumCode ? (
                      <Link href={`/forums/${encodeURIComponent(r.forumCode)}`}>
                        <Name value={forumName(r.forumCode)} short />
                      </Link>
                    ) : (
                      <em>{t('general')}</em>
                    ),
                },
                {
                  id: 'term',
                  header: t('term'),
                  cell: (r: StatusTerm) => (
                    <InLanguage lang="ru">
                      <strong>{r.term}</strong>
                    </InLanguage>
                  ),
                },
                {
                  id: 'source',
                  header: t('source'),
                  cell: (r: StatusTerm) => (
                    <Link href={`/sources#${r.sourceId}`}>
                      <InLanguage>{r.sourceTitle}</InLanguage>
                    </Link>
                  ),
                },
                {
                  id: 'note',
                  header: t('note'),
                  cell: (r: StatusTerm) => (r.note ? <InLanguage>{r.note}</InLanguage> : null),
                },
              ]}
              rows={list}
              rowKey={(r) => `${r.forumCode ?? ''}|${r.term}`}
              empty={t('noTerms')}
            />
          </section>
        )
      })}

      <section id="cautions" aria-labelledby="cautions-title">
        <h2 id="cautions-title">{t('cautionsTitle')}</h2>
        <ul className="glossary-cautions">
          {CAUTIONS.map((c) => (
            <li key={c}>{t.rich(`cautions.${c}`, { ru: (chunks) => <InLanguage lang="ru">{chunks}</InLanguage> })}</li>
          ))}
        </ul>
        <p className="muted">{t('cautionsSource')}</p>
      </section>
    </div>
  )
}

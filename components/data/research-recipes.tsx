import { getLocale, getTranslations } from 'next-intl/server'
import { operationId } from '@/lib/api/openapi'
import { COW_CCODES } from '@/lib/domain/cow'
import { DYAD_YEAR_COLUMNS, FORUM_YEAR_COLUMNS } from '@/lib/downloads/research-exports'
import { requestPublicOrigin } from '@/lib/http/public-origin'
import Link from '@/components/ui/link'
import { OriginCode } from './origin-code'

/**
 * The research exports on /data — the state-year, dyad-year and forum-year files in the layouts
 * researchers merge with the Correlates of War data and peacesciencer — each with a one-line
 * recipe to load it in R, Python (pandas) and Stata, written with this site's own address.
 */

interface ResearchFile {
  id: 'state-year' | 'dyad-year' | 'forum-year'
  path: `/api/${string}`
  example: string
  /** The variable the recipes load it into. */
  name: string
  columns: string
  /** A further recipe: how to merge it. */
  merge?: { label: string; before: string; after: string }
}

const stateCount = Object.keys(COW_CCODES).length
const pairCount = (stateCount * (stateCount - 1)) / 2

const FILES: ResearchFile[] = [
  {
    id: 'state-year',
    path: '/api/export/cow-igo.csv',
    example: '?from=1991&forums=SCO,EAEU,CSTO',
    name: 'igo',
    columns: 'ccode, iso3, state, year, then one column per forum',
  },
  {
    id: 'dyad-year',
    path: '/api/export/dyad-year.csv',
    example: '?from=1991&forums=EAEU,CSTO,SCO',
    name: 'dyads',
    columns: DYAD_YEAR_COLUMNS.join(', '),
    merge: {
      label: 'R, with peacesciencer',
      before: 'create_dyadyears(directed = FALSE) |> dplyr::left_join(read.csv("',
      after: '"), by = c("ccode1", "ccode2", "year"))',
    },
  },
  {
    id: 'forum-year',
    path: '/api/export/forum-year.csv',
    example: '?from=1991',
    name: 'forums',
    columns: FORUM_YEAR_COLUMNS.join(', '),
  },
]

export async function ResearchRecipes() {
  const origin = await requestPublicOrigin()
  const t = await getTranslations('data.research')
  const locale = await getLocale()
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>
  const what: Record<ResearchFile['id'], React.ReactNode> = {
    'state-year': t.rich('stateYear.what', { code }),
    'dyad-year': t.rich('dyadYear.what', {
      code,
      lt: '<',
      states: stateCount,
      pairs: pairCount.toLocaleString(locale === 'ru' ? 'ru' : 'en'),
      alignment: (chunks) => <Link href="/alignment">{chunks}</Link>,
    }),
    'forum-year': t('forumYear.what'),
  }
  const title: Record<ResearchFile['id'], string> = { 'state-year': t('stateYear.title'), 'dyad-year': t('dyadYear.title'), 'forum-year': t('forumYear.title') }
  return (
    <section aria-labelledby="research-exports" className="research-exports">
      <h2 id="research-exports">{t('heading')}</h2>
      <p>{t.rich('intro', { code })}</p>
      {FILES.map((file) => {
        const path = `${file.path}${file.example}`
        const recipes = [
          { label: 'R', before: `${file.name} <- read.csv("`, after: '")' },
          { label: 'Python (pandas)', before: `import pandas as pd; ${file.name} = pd.read_csv("`, after: '")' },
          { label: 'Stata', before: 'import delimited "', after: '", clear' },
          ...(file.merge ? [file.merge] : []),
        ]
        return (
          <div key={file.id} id={file.id}>
            <h3>{title[file.id]}</h3>
            <p>{what[file.id]}</p>
            <p>
              <a href={file.path} download>
                {t('download')} <code>{file.path}</code>
              </a>{' '}
              · <Link href={`/api#${operationId({ method: 'GET', path: file.path })}`}>{t('parameters')}</Link>
            </p>
            <p>
              {t('columns')} <code>{file.columns}</code>
            </p>
            <dl className="recipes">
              {recipes.map((r) => (
                <div key={r.label}>
                  <dt>{r.label}</dt>
                  <dd>
                    <OriginCode before={r.before} path={path} after={r.after} serverOrigin={origin} />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        )
      })}
    </section>
  )
}

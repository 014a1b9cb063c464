import type { ReactNode } from 'react'
import { operationId } from '@/lib/api/openapi'
import { COW_CCODES } from '@/lib/domain/cow'
import { DYAD_YEAR_COLUMNS, FORUM_YEAR_COLUMNS } from '@/lib/downloads/research-exports'
import { requestPublicOrigin } from '@/lib/http/public-origin'
import { OriginCode } from './origin-code'

/**
 * The research exports on /data — the state-year, dyad-year and forum-year files in the layouts
 * researchers merge with the Correlates of War data and peacesciencer — each with a one-line
 * recipe to load it in R, Python (pandas) and Stata, written with this site's own address.
 */

interface ResearchFile {
  id: string
  title: string
  path: `/api/${string}`
  example: string
  /** The variable the recipes load it into. */
  name: string
  what: ReactNode
  columns: string
  /** A further recipe: how to merge it. */
  merge?: { label: string; before: string; after: string }
}

const stateCount = Object.keys(COW_CCODES).length
const pairCount = (stateCount * (stateCount - 1)) / 2

const FILES: ResearchFile[] = [
  {
    id: 'state-year',
    title: 'State-year (COW IGO layout)',
    path: '/api/export/cow-igo.csv',
    example: '?from=1991&forums=SCO,EAEU,CSTO',
    name: 'igo',
    what: (
      <>
        One row per state and year, one column per forum coded as COW does (1 full member, 2 associate, 3 observer or partner, 0 none, −9 the forum did not
        exist). Merge on <code>ccode</code>, <code>year</code>.
      </>
    ),
    columns: 'ccode, iso3, state, year, then one column per forum',
  },
  {
    id: 'dyad-year',
    title: 'Dyad-year: joint memberships of every pair of states',
    path: '/api/export/dyad-year.csv',
    example: '?from=1991&forums=EAEU,CSTO,SCO',
    name: 'dyads',
    what: (
      <>
        One row per unordered pair of the {stateCount} states with a COW code (<code>ccode1 &lt; ccode2</code>, {pairCount.toLocaleString('en')} pairs) per
        year. <code>joint_member</code> is 1 when both are full members of at least one selected forum, <code>joint_any</code> when both hold any status in one
        (not as applicants), <code>alignment_score</code> is the <a href="/alignment">alignment</a> score over the selected forums (empty when neither holds any
        status). Merge on <code>ccode1</code>, <code>ccode2</code>, <code>year</code>.
      </>
    ),
    columns: DYAD_YEAR_COLUMNS.join(', '),
    merge: {
      label: 'R, with peacesciencer',
      before: 'create_dyadyears(directed = FALSE) |> dplyr::left_join(read.csv("',
      after: '"), by = c("ccode1", "ccode2", "year"))',
    },
  },
  {
    id: 'forum-year',
    title: 'Forum-year: parties per status',
    path: '/api/export/forum-year.csv',
    example: '?from=1991',
    name: 'forums',
    what: <>One row per forum and year it existed: how many parties (states, and organisations where a forum admits them) held each status.</>,
    columns: FORUM_YEAR_COLUMNS.join(', '),
  },
]

export async function ResearchRecipes() {
  const origin = await requestPublicOrigin()
  return (
    <section aria-labelledby="research-exports" className="research-exports">
      <h2 id="research-exports">Research exports: state-year, dyad-year, forum-year</h2>
      <p>
        Our memberships in the layouts researchers merge with the Correlates of War data and <code>peacesciencer</code>. All three read a status the same way:
        the one in force on 31 December (today for the current year; a dissolved forum on its last day), and take the same parameters: <code>from</code> and{' '}
        <code>to</code> (years, default 1991 to this year) and <code>forums</code> (codes, default every forum). The state codes are those of the COW IGO data;
        cite it when you use them.
      </p>
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
            <h3>{file.title}</h3>
            <p>{file.what}</p>
            <p>
              <a href={file.path} download>
                Download <code>{file.path}</code>
              </a>{' '}
              · <a href={`/api#${operationId({ method: 'GET', path: file.path })}`}>parameters and an example</a>
            </p>
            <p>
              Columns: <code>{file.columns}</code>
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

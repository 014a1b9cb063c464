import { citationFor } from '@/lib/citation'
import { formatDay, todayIso } from '@/lib/dates'
import { requestPublicOrigin } from '@/lib/http/public-origin'
import { LATEST_RELEASE } from '@/lib/release/manifest'
import { getLocale, getTranslations } from 'next-intl/server'
import { isLocale, localizedHref } from '@/lib/i18n/locales'
import { CopyButton } from './copy-button'

export interface CiteThisProps {
  /** What is cited, as a reference title: "Membership matrix on 1 Jan 2010". The citation is in English in every
   *  interface language (it cites the English-titled dataset); only the panel around it is translated. */
  title: string
  /** The view's path and query: the permalink is the site's origin plus this. */
  path: string
  /** Open (on /data) rather than behind a "Cite" button. */
  open?: boolean
}

/** The view's address with the day it shows pinned, so that the permalink keeps showing what was cited when "today" moves on. */
export function pinnedPath(pathname: string, params: URLSearchParams, pins: Record<string, string> = {}): string {
  const query = new URLSearchParams(params)
  for (const [key, value] of Object.entries(pins)) if (!query.get(key)) query.set(key, value)
  const text = query.toString()
  return text ? `${pathname}?${text}` : pathname
}

const FORMATS = [
  { id: 'apa', label: 'APA' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
] as const

/**
 * "Cite": the view as a reference in APA, BibTeX and RIS with the dataset version, the permalink and
 * today's date as the access date. A <details>, so it opens without JavaScript; the copy buttons need it.
 */
export async function CiteThis({ title, path, open = false }: CiteThisProps) {
  const t = await getTranslations('ui')
  const locale = await getLocale()
  const permalink = `${await requestPublicOrigin()}${path}`
  const accessed = todayIso()
  const citation = citationFor({ title, permalink, version: LATEST_RELEASE.version, accessed, released: LATEST_RELEASE.date })
  const idBase = `cite-${path.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`
  return (
    <details className="cite-this" open={open} data-cite>
      <summary>{t('cite')}</summary>
      <div className="cite-panel">
        <p className="muted">
          {t.rich('citeVersion', {
            version: LATEST_RELEASE.version,
            date: formatDay(accessed, 'day', isLocale(locale) ? locale : 'en'),
            release: (chunks) => <a href={localizedHref(`/data/releases#${LATEST_RELEASE.version}`, isLocale(locale) ? locale : 'en')}>{chunks}</a>,
          })}{' '}
          <a href={permalink}>{permalink}</a>.
        </p>
        {FORMATS.map(({ id, label }) => (
          <div className="cite-format" key={id}>
            <div className="cite-format-head">
              <h3>{label}</h3>
              <CopyButton text={citation[id]} label={t('copyFormat', { format: label })} selectId={`${idBase}-${id}`} />
            </div>
            <pre id={`${idBase}-${id}`} data-cite-format={id} tabIndex={0} aria-label={t('citationLabel', { format: label })}>
              {citation[id]}
            </pre>
          </div>
        ))}
      </div>
    </details>
  )
}

import type { Metadata } from 'next'
import { readFlash } from '@/lib/auth/flash'
import { first, flashFields, type SearchParams } from '@/lib/search-params'
import { FormGuard, Messages } from '@/components/admin/form-bits'
import { curationSql } from '@/lib/curation/connection'
import { DATE_PRECISIONS, EVENT_KINDS, FORUM_KINDS, PARTY_KINDS, REGIONS, SOURCE_KINDS } from '@/lib/domain/vocabulary'
import { getRecord, isRecordEntity, listRecordKeys, RECORD_ENTITIES, recordFields, type RecordEntity } from '@/lib/curation/records'
import { currentCurator } from '@/lib/queries/admin'

export const metadata: Metadata = { title: 'Records', robots: { index: false } }

type Props = { searchParams: Promise<SearchParams> }

// Fields with a closed vocabulary get a select; the rest are text (dates as YYYY-MM-DD, as in prisma/data).
const CHOICES: Record<string, readonly string[]> = {
  'party.kind': PARTY_KINDS,
  'party.region': REGIONS,
  'forum.kind': FORUM_KINDS,
  'forum.founded_precision': DATE_PRECISIONS,
  'forum.dissolved_precision': ['', ...DATE_PRECISIONS],
  'source.kind': SOURCE_KINDS,
  'event.kind': EVENT_KINDS,
  'event.date_precision': DATE_PRECISIONS,
}

export default async function RecordsPage({ searchParams }: Props) {
  const sp = await searchParams
  const session = await currentCurator()
  if (!session) return null // the layout asks the reader to sign in
  const entity: RecordEntity = isRecordEntity(first(sp.entity)) ? (first(sp.entity) as RecordEntity) : 'forum'
  const key = first(sp.key)
  const sql = await curationSql()
  const [keys, record] = await Promise.all([listRecordKeys(sql, entity), key ? getRecord(sql, entity, key) : null])
  const returnTo = `/admin/records?entity=${entity}${key ? `&key=${encodeURIComponent(key)}` : ''}`
  const value = (f: string) => {
    const v = record?.[f]
    return v === null || v === undefined ? '' : String(v)
  }
  return (
    <div className="admin wide">
      <div className="admin-bar">
        <h1>Records</h1>
      </div>
      <Messages {...readFlash(session.csrfToken, flashFields(sp))} />
      <form method="get" action="/admin/records" className="admin-form inline">
        <label>
          <span>Kind</span>
          <select name="entity" defaultValue={entity}>
            {RECORD_ENTITIES.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Record (empty: a new one)</span>
          <select name="key" defaultValue={key}>
            <option value="">— new —</option>
            {keys.map((k) => (
              <option key={k.key} value={k.key}>
                {k.key} · {k.label.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Open</button>
      </form>
      <h2>{record ? `Edit ${entity} ${key}` : `New ${entity}`}</h2>
      {key && !record ? (
        <p className="notice">
          No {entity} {key}.
        </p>
      ) : null}
      <form method="post" action={`/api/admin/records/${entity}`} className="admin-form grid">
        <FormGuard csrf={session.csrfToken} returnTo={returnTo} />
        {record ? <input type="hidden" name="existingKey" value={key} /> : null}
        {recordFields(entity).map((f, i) => {
          const choices = CHOICES[`${entity}.${f}`]
          const isKey = i === 0
          return (
            <label key={f} className={['description', 'title', 'note', 'url'].includes(f) ? 'wide-field' : undefined}>
              <span>{f}</span>
              {choices ? (
                <select name={f} defaultValue={value(f)}>
                  {choices.map((c) => (
                    <option key={c} value={c}>
                      {c || '—'}
                    </option>
                  ))}
                </select>
              ) : (
                <input type="text" name={f} defaultValue={value(f)} readOnly={isKey && Boolean(record)} />
              )}
            </label>
          )
        })}
        <label className="wide-field">
          <span>Why (required)</span>
          <input type="text" name="comment" required minLength={3} maxLength={2000} />
        </label>
        <button type="submit">{record ? 'Save' : 'Add'}</button>
      </form>
    </div>
  )
}

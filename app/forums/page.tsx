import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import Link from '@/components/ui/link'
import { connection } from 'next/server'
import { Day } from '@/components/ui/day'
import { Name } from '@/components/ui/local-name'
import { Table, type TableColumn } from '@/components/tables/table'
import type { Locale } from '@/lib/i18n/locales'
import { getNameBook } from '@/lib/queries/names'
import { listForums, type ForumListItem } from '@/lib/queries/forums'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('forums')
  return { title: t('title') }
}

export default async function ForumsPage() {
  await connection()
  const locale = (await getLocale()) as Locale
  const [forums, t, names] = await Promise.all([listForums(), getTranslations('forums'), getNameBook(locale)])
  const columns: TableColumn<ForumListItem>[] = [
    {
      id: 'forum',
      header: t('columns.forum'),
      cell: (f) => (
        <Link href={`/forums/${encodeURIComponent(f.code)}`}>
          <Name value={names.forum(f.code, f)} />
        </Link>
      ),
    },
    { id: 'code', header: t('columns.code'), cell: (f) => f.code },
    { id: 'kind', header: t('columns.kind'), cell: (f) => t(`kinds.${f.kind}`) },
    { id: 'founded', header: t('columns.founded'), nowrap: true, cell: (f) => <Day value={f.founded} precision={f.foundedPrecision} /> },
    { id: 'dissolved', header: t('columns.dissolved'), nowrap: true, cell: (f) => <Day value={f.dissolved} precision={f.dissolvedPrecision} /> },
    { id: 'members', header: t('columns.members'), numeric: true, cell: (f) => (f.dissolved ? '—' : f.currentMembers) },
  ]
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <Table caption={t('caption', { count: forums.length })} columns={columns} rows={forums} rowKey={(f) => f.code} />
    </>
  )
}

import { useTranslations } from 'next-intl'
import Link from '@/components/ui/link'

/** One line of a pager: "Parties 21–40 of 215 (page 2 of 11) ← previous parties next parties →". */
export function PagerStep(props: { label: string; range: string; previous: string | null; next: string | null; page: number; pages: number }) {
  const t = useTranslations('ui')
  const what = props.label.toLowerCase()
  return (
    <p className="pager-step">
      <strong>{props.label}</strong> {props.range} <span className="muted">{t('pageOf', { page: props.page, pages: props.pages })}</span>{' '}
      {props.previous ? (
        <Link href={props.previous} rel="prev">
          {t('previous', { what })}
        </Link>
      ) : null}{' '}
      {props.next ? (
        <Link href={props.next} rel="next">
          {t('next', { what })}
        </Link>
      ) : null}
    </p>
  )
}

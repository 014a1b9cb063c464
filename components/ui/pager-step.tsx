import Link from '@/components/ui/link'

/** One line of a pager: "Parties 21–40 of 215 (page 2 of 11) ← previous parties next parties →". */
export function PagerStep(props: { label: string; range: string; previous: string | null; next: string | null; page: number; pages: number }) {
  return (
    <p className="pager-step">
      <strong>{props.label}</strong> {props.range}{' '}
      <span className="muted">
        (page {props.page} of {props.pages})
      </span>{' '}
      {props.previous ? (
        <Link href={props.previous} rel="prev">
          ← previous {props.label.toLowerCase()}
        </Link>
      ) : null}{' '}
      {props.next ? (
        <Link href={props.next} rel="next">
          next {props.label.toLowerCase()} →
        </Link>
      ) : null}
    </p>
  )
}

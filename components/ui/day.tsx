import { formatDay, type Precision } from '@/lib/dates'

/** A date shown as precisely as it is known, with the ISO day for machines. */
export function Day({ value, precision = 'day' }: { value: string | null; precision?: Precision | null }) {
  if (!value) return null
  const p = precision ?? 'day'
  return (
    <time dateTime={value} title={p === 'day' ? undefined : `known to the ${p} only`}>
      {formatDay(value, p)}
    </time>
  )
}

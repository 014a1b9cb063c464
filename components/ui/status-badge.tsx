import { useTranslations } from 'next-intl'
import type { MembershipStatus } from '@/lib/domain/vocabulary'

/** A status as text on a colour from a colour-blind-safe palette (Okabe–Ito); never colour alone. */
export function StatusBadge({ status }: { status: MembershipStatus }) {
  const t = useTranslations('statuses')
  return <span className={`status status-${status}`}>{t(status)}</span>
}

import { STATUS_LABELS, type MembershipStatus } from '@/lib/domain/vocabulary'

/** A status as text on a colour from a colour-blind-safe palette (Okabe–Ito); never colour alone. */
export function StatusBadge({ status }: { status: MembershipStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
}

// The map's sentences read dates after "since" (lib/dates.ts sinceDay).
export { sinceDay } from '@/lib/dates'

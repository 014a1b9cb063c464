import type { ParamError } from '@/lib/params'

/** Says which parameter of a shared link was wrong, above the default view shown instead. */
export function ParamNotice({ problem }: { problem: ParamError | null }) {
  if (!problem) return null
  return (
    <p className="notice" role="alert">
      This link has a problem — <strong>{problem.parameter}</strong>: {problem.message.replace(`${problem.parameter}: `, '')}. Showing the default view instead.
    </p>
  )
}

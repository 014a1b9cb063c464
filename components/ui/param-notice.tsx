import { useTranslations } from 'next-intl'
import type { ParamError } from '@/lib/params'
import { InLanguage } from './local-name'

/** Says which parameter of a shared link was wrong, above the default view shown instead. */
export function ParamNotice({ problem }: { problem: ParamError | null }) {
  const t = useTranslations('ui')
  if (!problem) return null
  return (
    <p className="notice" role="alert">
      {t.rich('paramProblem', {
        parameter: problem.parameter,
        detail: problem.message.replace(`${problem.parameter}: `, ''),
        b: (chunks) => <strong>{chunks}</strong>,
        // The validator's own words (lib/params.ts) are English: marked as such on a page in another language.
        en: (chunks) => <InLanguage>{chunks}</InLanguage>,
      })}
    </p>
  )
}

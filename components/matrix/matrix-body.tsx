'use client'

import { useMemo } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { isLocale } from '@/lib/i18n/locales'
import { MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import { matrixBodyHtml, type MatrixBodyData, type MatrixBodyWords } from './matrix-body-html'

/**
 * The matrix's <tbody>: its rows as one HTML string, built from compact props on the server and
 * again in the browser. Hydrating it costs building that string (a few milliseconds), not a fiber
 * per cell; a navigation replaces it in one assignment. Interaction is MatrixGrid's.
 */
export function MatrixBody({ body }: { body: MatrixBodyData }) {
  const words = useBodyWords()
  const html = useMemo(() => matrixBodyHtml(body, words), [body, words])
  return <tbody dangerouslySetInnerHTML={{ __html: html }} />
}

/** The body's words in the page's language (messages `statuses` and `matrix`), the same object while the language is. */
function useBodyWords(): MatrixBodyWords {
  const locale = useLocale()
  const t = useTranslations('matrix.client')
  const statuses = useTranslations('statuses')
  return useMemo(() => {
    const was = (status: string) => t(`was.${status as 'outside'}`)
    return {
      locale: isLocale(locale) ? locale : 'en',
      statuses: Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, { short: statuses(`short.${s}`), label: statuses(s) }])) as MatrixBodyWords['statuses'],
      didNotExist: (forum) => t('didNotExist', { forum }),
      changedTitle: (date, status) => t('changedTitle', { date, was: was(status) }),
      changedText: (date, status) => t('changedSr', { date, was: was(status) }),
      appliedLetter: t('appliedLetter'),
    }
  }, [locale, t, statuses])
}

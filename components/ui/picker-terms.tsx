'use client'

import { createContext, useContext, type ReactNode } from 'react'
import type { SearchTerms } from '@/lib/picker-match'

const PickerTermsContext = createContext<SearchTerms | null>(null)

/**
 * The names of every forum and party in the interface's languages, by code, for the pickers'
 * search (lib/picker-match.ts withSearchTerms): sent by the layout of each page that has pickers (components/ui/page-layout.tsx), so that
 * «ШОС» finds SCO on /matrix and "Shanghai" finds it on /ru/matrix, whatever a page's options say.
 */
export function PickerTermsProvider({ terms, children }: { terms: SearchTerms | null; children: ReactNode }) {
  return <PickerTermsContext value={terms}>{children}</PickerTermsContext>
}

/** The search terms by code (null outside the provider: only the options' own names are searched). */
export function usePickerTerms(): SearchTerms | null {
  return useContext(PickerTermsContext)
}

import type { ReactNode } from 'react'
import { getLocale, getMessages } from 'next-intl/server'
import { clientMessages, PAGE_CLIENT_NAMESPACES, type ClientPage } from '@/lib/i18n/messages'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'
import { getSearchTerms } from '@/lib/queries/names'
import { MoreMessages } from './more-messages'
import { PickerTermsProvider } from './picker-terms'

/**
 * What only some pages' client components need goes with those pages alone, not in every page's
 * payload: a page's own client messages (lib/i18n/messages.ts PAGE_CLIENT_NAMESPACES) and the
 * pickers' search terms (every forum's and party's names in the other language, 5 kB).
 */

/** The client messages only this page reads, added to the site's for the components inside. */
export async function PageMessages({ page, children }: { page: ClientPage; children: ReactNode }) {
  const messages = clientMessages(await getMessages(), PAGE_CLIENT_NAMESPACES[page])
  return <MoreMessages messages={messages}>{children}</MoreMessages>
}

/** The pickers' search terms (components/ui/picker-terms.tsx), for a page with pickers. */
export async function WithPickerTerms({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const terms = await getSearchTerms(isLocale(locale) ? locale : DEFAULT_LOCALE)
  return <PickerTermsProvider terms={terms}>{children}</PickerTermsProvider>
}

/** The layout of a page's route (app/<page>/layout.tsx): its client messages, and the pickers' terms when it has pickers. */
export function pageLayout(page: ClientPage | null, { pickers }: { pickers: boolean }) {
  return function PageLayout({ children }: { children: ReactNode }) {
    const withTerms = pickers ? <WithPickerTerms>{children}</WithPickerTerms> : children
    return page ? <PageMessages page={page}>{withTerms}</PageMessages> : withTerms
  }
}

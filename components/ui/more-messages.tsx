'use client'

import { useMemo, type ReactNode } from 'react'
import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl'

type Messages = ReturnType<typeof useMessages>

/**
 * The messages of the provider above with more namespaces added (PageMessages). A provider
 * inside another replaces its messages, so this one passes both; the rest (time zone, formats)
 * it inherits.
 */
export function MoreMessages({ messages, children }: { messages: Record<string, unknown>; children: ReactNode }) {
  const site = useMessages()
  const merged = useMemo(() => ({ ...site, ...messages }) as Messages, [site, messages])
  return (
    <NextIntlClientProvider locale={useLocale()} messages={merged}>
      {children}
    </NextIntlClientProvider>
  )
}

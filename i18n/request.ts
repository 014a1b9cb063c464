import { headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER, type Locale } from '@/lib/i18n/locales'
import { MISSING_MESSAGE_MARK } from '@/lib/i18n/messages'
import en from '@/messages/en.json'
import ru from '@/messages/ru.json'

const MESSAGES: Record<Locale, typeof en> = { en, ru }

/**
 * The interface language of a request is the one proxy.ts read off its address (/ru/… is Russian);
 * next-intl's pages and components take their messages and formats from here. Outside a page
 * request (metadata images, scripts) it is English.
 */
export default getRequestConfig(async () => {
  const header = (await headers()).get(LOCALE_HEADER)
  const locale: Locale = isLocale(header) ? header : DEFAULT_LOCALE
  return {
    locale,
    messages: MESSAGES[locale],
    // Dates in this app are calendar days (UTC midnight): formatted in UTC they stay on their day.
    timeZone: 'UTC',
    // A key that no message file has shows as a mark the /ru walk (tests/e2e/i18n.test.ts) fails on,
    // instead of crashing the page for the reader.
    getMessageFallback: ({ namespace, key }) => `${MISSING_MESSAGE_MARK}${namespace ? `${namespace}.` : ''}${key}`,
    onError: (error) => {
      if (process.env.NODE_ENV !== 'production') console.error(error)
    },
  }
})

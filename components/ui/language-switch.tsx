'use client'

import { useLocale, useTranslations } from 'next-intl'
import { usePathname, useSearchParams } from 'next/navigation'
import { useSyncExternalStore } from 'react'
import { isLocale, LOCALE_NAMES, LOCALES, localizedHref, splitLocalePath, suggestedLocale, type Locale } from '@/lib/i18n/locales'

const noSubscription = () => () => {}
// The reader's languages, as the browser sends them in Accept-Language. Read here, in the browser,
// and not from the request: the page's HTML stays the same for every reader, so caches (the
// response cache, a CDN) need not vary by the header, and no address ever redirects.
const readerLanguages = () => navigator.languages.join(',')
const noLanguagesOnServer = () => ''

/**
 * The same view in the other languages: the address with its parameters, under the other
 * language's prefix. Below it, a one-line suggestion when the reader's browser prefers a language
 * this page is also in.
 */
export function LanguageSwitch() {
  const t = useTranslations('languageSwitch')
  const current = useLocale()
  const locale: Locale = isLocale(current) ? current : 'en'
  const { path } = splitLocalePath(usePathname())
  const search = useSearchParams().toString()
  const here = `${path}${search ? `?${search}` : ''}`
  const suggested = suggestedLocale(useSyncExternalStore(noSubscription, readerLanguages, noLanguagesOnServer), locale)
  return (
    <div className="language-switch">
      <ul aria-label={t('label')}>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={l}>
                {LOCALE_NAMES[l]}
              </span>
            ) : (
              <a href={localizedHref(here, l)} hrefLang={l} lang={l}>
                {LOCALE_NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
      {suggested ? (
        <p className="language-suggestion" lang={suggested}>
          <a href={localizedHref(here, suggested)} hrefLang={suggested}>
            {SUGGESTIONS[suggested]}
          </a>
        </p>
      ) : null}
    </div>
  )
}

// In the suggested language itself: a reader who prefers it may not read this page's.
const SUGGESTIONS: Record<Locale, string> = {
  en: 'This page in English',
  ru: 'Эта страница на русском языке',
}

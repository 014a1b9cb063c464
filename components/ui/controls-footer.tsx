import { useTranslations } from 'next-intl'

/**
 * The end of every view's control form: without JavaScript, the button that submits the GET form;
 * with it, choices apply at once and this says so while the view is on its way.
 */
export function ControlsFooter({ pending }: { pending: boolean }) {
  const t = useTranslations('ui.client')
  return (
    <>
      <noscript>
        <button type="submit">{t('apply')}</button>
      </noscript>
      {pending ? (
        <p className="loading" role="status">
          {t('updating')}
        </p>
      ) : null}
    </>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { codeOptions, Picker } from '@/components/ui/picker'

/** One forum and one party, each optional ("Any forum", "Any party"): the filters of /events and /changes. */
export function ForumPartyPickers({
  values,
  forums,
  parties,
  onChange,
}: {
  values: { forum: string; party: string }
  forums: { code: string; name: string }[]
  parties: { code: string; name: string }[]
  /** The new value ('' for any) of the field that changed. */
  onChange: (field: 'forum' | 'party', value: string) => void
}) {
  const t = useTranslations('pickers')
  return (
    <>
      <Picker
        name="forum"
        label={t('forum')}
        emptyLabel={t('anyForum')}
        options={codeOptions(forums)}
        value={values.forum}
        onChange={(v) => onChange('forum', v)}
      />
      <Picker
        name="party"
        label={t('party')}
        emptyLabel={t('anyParty')}
        options={codeOptions(parties)}
        value={values.party}
        onChange={(v) => onChange('party', v)}
      />
    </>
  )
}

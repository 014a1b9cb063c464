import { describe, expect, it } from 'vitest'
import { packForumChoices, unpackForumChoices } from './forum-choices'

describe('packForumChoices', () => {
  it('round-trips a list of forums, including none', () => {
    const forums = [
      { code: 'SCO', shortName: 'SCO', name: 'Shanghai Cooperation Organisation', kind: 'treaty_organization' },
      { code: 'C5+US', shortName: 'C5+1', name: 'C5+1 (Central Asia – United States)', kind: 'summit_format' },
    ]
    expect(unpackForumChoices(packForumChoices(forums))).toEqual(forums)
    expect(unpackForumChoices(packForumChoices([]))).toEqual([])
  })

  it('keeps a name with a tab or line break in its own field', () => {
    const packed = packForumChoices([{ code: 'X', shortName: 'X', name: 'Two\tlines\nhere', kind: 'process' }])
    expect(unpackForumChoices(packed)).toEqual([{ code: 'X', shortName: 'X', name: 'Two lines here', kind: 'process' }])
  })
})

/**
 * The licences forum-atlas is under (prisma/data/LICENSE.md says it in full): the code MIT, the
 * dataset CC BY 4.0, third-party figures under their publishers' terms.
 */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const
export const CODE_LICENCE = { name: 'MIT' } as const
export const IMF_TERMS_URL = 'https://www.imf.org/en/About/copyright-and-terms'
/** Where the repository says it in full, relative to its root. */
export const DATA_LICENCE_FILE = 'prisma/data/LICENSE.md'

/** The HTTP header that names a download's licence (RFC 8288, rel="license"). */
export const LICENCE_LINK_HEADER = `<${DATA_LICENCE.url}>; rel="license"`

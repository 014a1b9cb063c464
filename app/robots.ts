import type { MetadataRoute } from 'next'

/** /robots.txt: the public pages may be indexed; the curation area may not. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/admin/'] } }
}

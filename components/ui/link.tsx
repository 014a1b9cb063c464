import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * The app's internal link: Next's client-side navigation, without prefetching. By default Next
 * fetches every linked page in the viewport as soon as a page loads — a dozen server renders and
 * as many payloads to parse on the reader's phone for each page view, most never followed. A
 * link can still opt in with `prefetch`.
 */
function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />
}

export default Link

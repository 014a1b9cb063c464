import { pageLayout } from '@/components/ui/page-layout'

// The pickers' search terms for the curation forms (components/ui/page-layout.tsx).
export default pageLayout(null, { pickers: true })

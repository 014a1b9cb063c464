import { pageLayout } from '@/components/ui/page-layout'

// This page's own client messages, and the pickers' search terms (components/ui/page-layout.tsx).
export default pageLayout('events', { pickers: true })

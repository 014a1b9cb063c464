import { pageLayout } from '@/components/ui/page-layout'

// The page's own client messages; an embed has no pickers (components/ui/page-layout.tsx).
export default pageLayout('matrix', { pickers: false })

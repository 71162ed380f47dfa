import type { Metadata } from 'next'
import { WhatIfView } from '@/components/what-if/WhatIfView'

export const metadata: Metadata = { title: 'What if?' }

export default function WhatIfPage() {
  return <WhatIfView />
}

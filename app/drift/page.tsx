import type { Metadata } from 'next'
import { DriftView } from '@/components/drift/DriftView'

export const metadata: Metadata = { title: 'Drift' }

export default function DriftPage() {
  return <DriftView />
}

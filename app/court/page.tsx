import type { Metadata } from 'next'
import { CourtView } from '@/components/court-view/CourtView'

export const metadata: Metadata = { title: 'Court map' }

export default function CourtPage() {
  return <CourtView />
}

import type { Metadata } from 'next'
import { ShellCheckView } from '@/components/shell/demo/ShellCheckView'

export const metadata: Metadata = { title: 'Shell check', robots: { index: false } }

// Test harness, not linked from the navigation: exercises Plot (every bundled trace type, empty
// state, error boundary) and CourtMap (30,000 synthetic points, hexagons, clicks, PNG) on
// synthetic data, for e2e/shell.spec.ts.
export default function ShellCheckPage() {
  return <ShellCheckView />
}

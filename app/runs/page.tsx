import type { Metadata } from 'next'
import { RunsView } from '@/components/runs/RunsView'

export const metadata: Metadata = { title: 'Runs' }

/**
 * The Runs view. Its data (`data/runs.json`, written by `scripts/build-data.ts` from the MLflow
 * store) is fetched in the browser, so the page's HTML stays small whatever the store holds.
 */
export default function RunsPage() {
  return <RunsView />
}

import type { Metadata } from 'next'
import { NoBuildData } from '@/components/data/NoBuildData'
import { Prerendered } from '@/components/data/Prerendered'
import { RunsPrerendered } from '@/components/runs/RunsPrerendered'
import { RunsView } from '@/components/runs/RunsView'
import { prerenderRuns } from '@/lib/views/prerender/prerender-view'
import { readPrerenderInputs } from '../read-prerender-inputs'

export const metadata: Metadata = { title: 'Runs' }

/** The Runs view. The default experiment's runs table is in the static HTML (a small view-model, no artifact listings); the rest of `data/runs.json` is fetched in the browser. */
export default async function RunsPage() {
  const initial = prerenderRuns(await readPrerenderInputs(['runs']))
  return (
    <Prerendered view={initial ? <RunsPrerendered {...initial} /> : <NoBuildData />}>
      <RunsView />
    </Prerendered>
  )
}

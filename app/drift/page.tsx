import type { Metadata } from 'next'
import { NoBuildData } from '@/components/data/NoBuildData'
import { Prerendered } from '@/components/data/Prerendered'
import { DriftPrerendered } from '@/components/drift/DriftPrerendered'
import { DriftView } from '@/components/drift/DriftView'
import { prerenderDrift } from '@/lib/views/prerender/prerender-view'
import { readPrerenderInputs } from '../read-prerender-inputs'

export const metadata: Metadata = { title: 'Drift' }

/** Drift; the build's verdict and drift table are in the static HTML. */
export default async function DriftPage() {
  const initial = prerenderDrift(await readPrerenderInputs(['predictions']))
  return (
    <Prerendered view={initial ? <DriftPrerendered {...initial} /> : <NoBuildData />}>
      <DriftView />
    </Prerendered>
  )
}

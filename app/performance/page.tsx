import type { Metadata } from 'next'
import { NoBuildData } from '@/components/data/NoBuildData'
import { Prerendered } from '@/components/data/Prerendered'
import { PerformancePrerendered } from '@/components/performance/PerformancePrerendered'
import { PerformanceView } from '@/components/performance/PerformanceView'
import { prerenderPerformance } from '@/lib/views/prerender/prerender-view'
import { readPrerenderInputs } from '../read-prerender-inputs'

export const metadata: Metadata = { title: 'Performance' }

/** Performance; the headline and the metrics and confusion counts at 0.5 are in the static HTML. */
export default async function PerformancePage() {
  const initial = prerenderPerformance(await readPrerenderInputs(['predictions']))
  return (
    <Prerendered view={initial ? <PerformancePrerendered {...initial} /> : <NoBuildData />}>
      <PerformanceView />
    </Prerendered>
  )
}

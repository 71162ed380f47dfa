import { NoBuildData } from '@/components/data/NoBuildData'
import { Prerendered } from '@/components/data/Prerendered'
import { OverviewPrerendered } from '@/components/overview/OverviewPrerendered'
import { OverviewView } from '@/components/overview/OverviewView'
import { prerenderOverview } from '@/lib/views/prerender/prerender-view'
import { readPrerenderInputs } from './read-prerender-inputs'

/** The overview; its verdict and metric cards for the default view are in the static HTML. */
export default async function OverviewPage() {
  const initial = prerenderOverview(await readPrerenderInputs(['predictions', 'monitoring']))
  return (
    <Prerendered view={initial ? <OverviewPrerendered {...initial} /> : <NoBuildData />}>
      <OverviewView />
    </Prerendered>
  )
}

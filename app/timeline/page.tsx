import type { Metadata } from 'next'
import { NoBuildData } from '@/components/data/NoBuildData'
import { Prerendered } from '@/components/data/Prerendered'
import { TimelinePrerendered } from '@/components/timeline/TimelinePrerendered'
import { TimelineView } from '@/components/timeline/TimelineView'
import { prerenderTimeline } from '@/lib/views/prerender/prerender-view'
import { readPrerenderInputs } from '../read-prerender-inputs'

export const metadata: Metadata = { title: 'Timeline' }

/** The timeline; the chunk table of the default chunking is in the static HTML. */
export default async function TimelinePage() {
  const initial = prerenderTimeline(await readPrerenderInputs(['monitoring']))
  return (
    <Prerendered view={initial ? <TimelinePrerendered {...initial} /> : <NoBuildData />}>
      <TimelineView />
    </Prerendered>
  )
}

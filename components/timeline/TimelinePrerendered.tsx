'use client'

import type { TimelinePrerender } from '@/lib/views/prerender/prerender-view'
import { ChunkTable } from './ChunkTable'

/** The chunk table of the default chunking, from the build's monitoring report. */
export function TimelinePrerendered({ chunks, metric, trusted }: TimelinePrerender) {
  return <ChunkTable chunks={chunks} metric={metric} trusted={trusted} />
}

'use client'

import type { RunsPrerender } from '@/lib/views/prerender/prerender-view'
import { RunsTable } from './RunsTable'

/** The runs table of the default experiment, as the build's runs.json lists it. */
export function RunsPrerendered({ experiment, runs, columns }: RunsPrerender) {
  return <RunsTable experiment={experiment} runs={runs} columns={columns} selectedId={null} />
}

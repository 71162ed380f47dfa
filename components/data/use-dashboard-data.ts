'use client'

import { useEffect, useState } from 'react'
import { decodeRows } from '@/lib/snapshot/decode-rows'
import type { LoadedPredictions } from '@/lib/predictions/types'
import type { BuildReport } from '@/lib/snapshot/build-report-types'
import { parseBuildReport } from '@/lib/snapshot/parse-build-report'
import type { DatasetName, Snapshot } from '@/lib/snapshot/snapshot-types'
import { fetchBytes, siteUrl } from './fetch-bytes'

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; value: T }

// One request per file per page load, shared by every chart and view that asks.
const cache = new Map<string, Promise<unknown>>()

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined
  if (!promise) {
    promise = load()
    cache.set(key, promise)
    promise.catch(() => cache.delete(key))
  }
  return promise
}

function useLoadable<T>(key: string | null, load: () => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string | null; value: Loadable<T> }>({
    key,
    value: { status: 'loading' },
  })
  useEffect(() => {
    if (key === null) return
    let live = true
    once(key, load).then(
      (value) => live && setState({ key, value: { status: 'ready', value } }),
      (error: unknown) =>
        live && setState({ key, value: { status: 'error', error: String((error as Error)?.message ?? error) } }),
    )
    return () => {
      live = false
    }
    // load is derived from key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state.key === key ? state.value : { status: 'loading' }
}

/** `data/snapshot.json`: what the build computed (metrics, drift, filter options, problems). */
export function useSnapshot(): Loadable<Snapshot> {
  return useLoadable('snapshot', async () => {
    const bytes = await fetchBytes(siteUrl('data/snapshot.json'))
    return JSON.parse(new TextDecoder().decode(bytes)) as Snapshot
  })
}

/** `data/build-report.json`: the chosen sources and every build problem; null when absent. */
export function useBuildReport(): Loadable<BuildReport | null> {
  return useLoadable('build-report', async () => {
    let bytes: Uint8Array
    try {
      bytes = await fetchBytes(siteUrl('data/build-report.json'))
    } catch {
      return null // an older build without the report: the snapshot's problems are shown
    }
    return parseBuildReport(new TextDecoder().decode(bytes))
  })
}

/** The rows of one dataset, decoded in the browser; `null` snapshot entry → error sentence. */
export function useRows(snapshot: Snapshot | null, dataset: DatasetName): Loadable<LoadedPredictions> {
  const entry = snapshot?.datasets[dataset] ?? null
  const key = entry ? `rows:${entry.rowsFile}` : null
  const loadable = useLoadable(key, async () => {
    const file = entry!.rowsFile
    return decodeRows(await fetchBytes(siteUrl(file)), file)
  })
  if (snapshot && !entry) {
    return { status: 'error', error: `no ${dataset} predictions in this build` }
  }
  return loadable
}

'use client'

import { useEffect, useState } from 'react'
import { parseRows } from '@/lib/site-data/predictions/parse-rows'
import { parseSnapshot, SNAPSHOT_FILE } from '@/lib/site-data/predictions/parse-snapshot'
import type { LoadedPredictions } from '@/lib/predictions/types'
import type { DatasetName, Snapshot } from '@/lib/site-data/predictions/snapshot-types'
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
    return parseSnapshot(await fetchBytes(siteUrl(SNAPSHOT_FILE)))
  })
}

/** The rows of one dataset, decoded in the browser; `null` snapshot entry → error sentence. */
export function useRows(snapshot: Snapshot | null, dataset: DatasetName): Loadable<LoadedPredictions> {
  const entry = snapshot?.datasets[dataset] ?? null
  const key = entry ? `rows:${entry.rowsFile}` : null
  const loadable = useLoadable(key, async () => {
    const file = entry!.rowsFile
    return parseRows(await fetchBytes(siteUrl(file)), file)
  })
  if (snapshot && !entry) {
    return { status: 'error', error: `no ${dataset} predictions in this build` }
  }
  return loadable
}

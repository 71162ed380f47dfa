'use client'

import { useEffect, useState } from 'react'
import { fetchBytes, siteUrl } from '@/components/data/fetch-bytes'
import type { Loadable } from '@/components/data/use-dashboard-data'

// One request per file per page load, whoever asks for it.
const cache = new Map<string, Promise<unknown>>()

function load<T>(file: string, parse: (text: string, file: string) => T): Promise<T> {
  let promise = cache.get(file) as Promise<T> | undefined
  if (!promise) {
    promise = fetchBytes(siteUrl(file)).then((bytes) =>
      parse(new TextDecoder().decode(bytes), file),
    )
    cache.set(file, promise)
    promise.catch(() => cache.delete(file))
  }
  return promise
}

/**
 * A file of the static site (`data/runs.json`, an artifact copy…) read and parsed once per page
 * load. `file` null: nothing to load (stays loading). `parse` must not change with renders.
 */
export function useSiteFile<T>(
  file: string | null,
  parse: (text: string, file: string) => T,
): Loadable<T> {
  const [state, setState] = useState<{ file: string | null; value: Loadable<T> }>({
    file,
    value: { status: 'loading' },
  })
  useEffect(() => {
    if (file === null) return
    let live = true
    load(file, parse).then(
      (value) => live && setState({ file, value: { status: 'ready', value } }),
      (error: unknown) =>
        live &&
        setState({
          file,
          value: { status: 'error', error: error instanceof Error ? error.message : String(error) },
        }),
    )
    return () => {
      live = false
    }
  }, [file, parse])
  return state.file === file ? state.value : { status: 'loading' }
}

/** Text as it is. */
export const asText = (text: string) => text

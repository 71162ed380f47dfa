'use client'

import { useEffect, useState } from 'react'
import type { SiteFileParser } from '@/lib/site-data/parse-site-json'
import { fetchBytes, siteUrl } from './fetch-bytes'
import type { Loadable } from './loadable'

// The one cache of the site's files: one request and one parse per file and parser per page
// load, shared by every view, chart and hook that asks. A failure is forgotten, so a later
// mount tries again.
const cache = new Map<string, Map<SiteFileParser<unknown>, Promise<unknown>>>()

/** `file` (site-relative, e.g. `data/runs.json`) fetched and parsed once per page load. */
export function loadSiteFile<T>(file: string, parse: SiteFileParser<T>): Promise<T> {
  let byParser = cache.get(file)
  if (!byParser) cache.set(file, (byParser = new Map()))
  let promise = byParser.get(parse) as Promise<T> | undefined
  if (!promise) {
    const loading = fetchBytes(siteUrl(file)).then((bytes) => parse(bytes, file))
    byParser.set(parse, loading)
    loading.catch(() => byParser.delete(parse))
    promise = loading
  }
  return promise
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * A file the site ships (snapshot.json, a rows file, runs.json, a run history, model.json, an
 * artifact copy) read through its lib/site-data parser: loading, then ready or one error
 * sentence naming the file. `file` null: nothing to load (stays loading). `parse` must keep its
 * identity across renders (a module-level function).
 */
export function useSiteFile<T>(file: string | null, parse: SiteFileParser<T>): Loadable<T> {
  const [state, setState] = useState<{
    file: string | null
    parse: SiteFileParser<T>
    value: Loadable<T>
  }>({ file, parse, value: { status: 'loading' } })
  useEffect(() => {
    if (file === null) return
    let live = true
    loadSiteFile(file, parse).then(
      (value) => live && setState({ file, parse, value: { status: 'ready', value } }),
      (error: unknown) =>
        live && setState({ file, parse, value: { status: 'error', error: message(error) } }),
    )
    return () => {
      live = false
    }
  }, [file, parse])
  return state.file === file && state.parse === parse ? state.value : { status: 'loading' }
}

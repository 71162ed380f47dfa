'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import type { SiteFileParser } from '@/lib/site-data/parse-site-json'
import {
  fileRevision,
  openedProject,
  restoringProject,
  subscribeProject,
  type OpenedProject,
} from '@/components/project/opened-project'
import { fetchBytes, siteUrl } from './fetch-bytes'
import type { Loadable } from './loadable'
import { onePerTask } from './one-per-task'

// The one cache of the site's files: one request and one parse per file, parser and source
// (the site's own files, or a project opened in the page) per page load, shared by every view,
// chart and hook that asks. A failure is forgotten, so a later mount tries again.
const cache = new Map<string, Map<SiteFileParser<unknown>, Promise<unknown>>>()
// the opened project's files are in memory: parsed one per task (a fetched file waits for the
// network, which spreads its parses out already), so the switch to a project is no one long task
const projectParse = onePerTask()

/** The bytes of `file` from the opened project (built in the page), never from the network. */
async function projectBytes(project: OpenedProject, file: string): Promise<Uint8Array> {
  const bytes = project.files.get(file)
  if (!bytes) throw new Error(`${file}: not built for the opened project ${project.name}`)
  return bytes
}

/**
 * `file` (site-relative, e.g. `data/runs.json`) fetched and parsed once per page load; from the
 * opened project instead when there is one (`project`, default: the one open now), once per
 * revision of the file (the project's build report is replaced once its monitoring is done).
 */
export function loadSiteFile<T>(
  file: string,
  parse: SiteFileParser<T>,
  project: OpenedProject | null = openedProject(),
  revision: number = project ? fileRevision(file) : 0,
): Promise<T> {
  const key = project ? `${project.id}:${revision}:${file}` : file
  let byParser = cache.get(key)
  if (!byParser) cache.set(key, (byParser = new Map()))
  let promise = byParser.get(parse) as Promise<T> | undefined
  if (!promise) {
    const bytes = project ? projectBytes(project, file) : fetchBytes(siteUrl(file))
    const loading = project
      ? bytes.then((b) => projectParse(() => parse(b, file)))
      : bytes.then((b) => parse(b, file))
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
 * sentence naming the file. `file` null: nothing to load (stays loading); so does a
 * source=local page until its kept project is back. `parse` must keep its
 * identity across renders (a module-level function). When the opened project's file is replaced
 * (a new revision), the value read before stays until the new one is read.
 */
export function useSiteFile<T>(file: string | null, parse: SiteFileParser<T>): Loadable<T> {
  const project = useOpenedProject()
  const restoring = useSyncExternalStore(subscribeProject, restoringProject, () => false)
  const revision = useSyncExternalStore(
    subscribeProject,
    () => (file && openedProject() ? fileRevision(file) : 0),
    () => 0,
  )
  const [state, setState] = useState<{
    file: string | null
    parse: SiteFileParser<T>
    project: OpenedProject | null
    value: Loadable<T>
  }>({ file, parse, project, value: { status: 'loading' } })
  useEffect(() => {
    // the store itself, not the render's value: hydration renders with the server's (false)
    if (file === null || restoring || restoringProject()) return
    let live = true
    loadSiteFile(file, parse, project, project ? revision : 0).then(
      (value) => live && setState({ file, parse, project, value: { status: 'ready', value } }),
      (error: unknown) =>
        live &&
        setState({ file, parse, project, value: { status: 'error', error: message(error) } }),
    )
    return () => {
      live = false
    }
  }, [file, parse, project, restoring, revision])
  return state.file === file && state.parse === parse && state.project === project
    ? state.value
    : { status: 'loading' }
}

/** The project opened in the page, or null (the site's own data); re-renders when it changes. */
export function useOpenedProject(): OpenedProject | null {
  return useSyncExternalStore(subscribeProject, openedProject, () => null)
}

'use client'

import type { SiteBuildStage } from '@/lib/site-data/site-build-stages'
import { siteUrl } from '@/components/data/fetch-bytes'
import type { OpenedSelection } from './collect-opened-files'
import { SEND_BUDGET_MS, type BuildMessage, type BuildRequest } from './project-messages'
import { forgetStoredProject, storeProject } from './project-storage'
import { sendInSlices, yieldToPage } from './send-in-slices'

/** A project the user opened in the page: its site files, built on this machine. */
export interface OpenedProject {
  /** changes with every project opened: the site-file cache keys on it */
  id: string
  /** the opened folder's name */
  name: string
  files: Map<string, Uint8Array>
  /** one line per dataset and store (rows, what was sampled) */
  summary: string[]
  /** time the worker took to build the site files */
  millis: number
}

/**
 * Where the opened project's monitoring report stands: the dashboard shows before it is
 * computed. `ready`: monitoring.json is among the files (always, for the site's own data);
 * `computing`: the worker is still at it (since `since`, a performance.now() time); `failed`:
 * the worker stopped before writing it; `unfinished`: the project was kept before the report was
 * done and the page was closed (opening the folder again computes it).
 */
export type MonitoringState =
  /** `millis`: when the worker wrote it, ms after the build started (this page load only) */
  | { status: 'ready'; millis?: number }
  | { status: 'computing'; since: number }
  | { status: 'failed'; error: string }
  | { status: 'unfinished' }

/** Where opening stands: the worker's stage while it builds, or why it failed. */
export type OpeningState =
  | { status: 'idle' }
  | { status: 'building'; name: string; stage: SiteBuildStage; detail: string | null }
  | { status: 'failed'; name: string; error: string }

let project: OpenedProject | null = null
let opening: OpeningState = { status: 'idle' }
const READY: MonitoringState = { status: 'ready' }
let monitoring: MonitoringState = READY
// how many times each file of the open project was replaced (build-report.json once the
// monitoring problems are in): the site-file cache keys on it
const revisions = new Map<string, number>()
// a page loaded with source=local waits for the project kept in this session before any view
// reads a file: it never shows (nor asks the server for) the built data in its place
let restoring =
  typeof window !== 'undefined' &&
  new URLSearchParams(window.location.search).get('source') === 'local'
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

/** For useSyncExternalStore: told when the project or the opening state changes. */
export function subscribeProject(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const openedProject = (): OpenedProject | null => project
export const openingState = (): OpeningState => opening
export const monitoringState = (): MonitoringState => monitoring
/** 0 for a file never replaced; one more each time receiveMonitoring replaces it. */
export const fileRevision = (file: string): number => revisions.get(file) ?? 0
/** True while a source=local page looks for its kept project (views wait). */
export const restoringProject = (): boolean => restoring

/**
 * Ends the wait of a source=local page: the kept project, or null when there is none. A project
 * kept before its monitoring report was done comes back `unfinished` (its worker is gone).
 */
export function finishRestore(kept: OpenedProject | null, keptMonitoring: boolean = true): void {
  restoring = false
  if (kept) setOpenedProject(kept, keptMonitoring ? READY : { status: 'unfinished' })
  else notify()
}

/** Shows `next` (or the built site, null) in every view, its monitoring report where it stands. */
export function setOpenedProject(
  next: OpenedProject | null,
  nextMonitoring: MonitoringState = READY,
): void {
  for (const url of objectUrls.values()) URL.revokeObjectURL(url)
  objectUrls.clear()
  revisions.clear()
  project = next
  monitoring = next ? nextMonitoring : READY
  notify()
}

/**
 * The files the worker wrote after the dashboard's (monitoring.json, the final
 * build-report.json) join the open project `target`: each replaced file gets a new revision, so
 * the views that read it read it again, and the monitoring report is ready.
 */
export function receiveMonitoring(
  target: OpenedProject,
  files: [string, Uint8Array][],
  millis?: number,
): void {
  if (project !== target) return
  for (const [file, bytes] of files) {
    target.files.set(file, bytes)
    revisions.set(file, fileRevision(file) + 1)
    const url = objectUrls.get(file)
    if (url) URL.revokeObjectURL(url)
    objectUrls.delete(file)
  }
  monitoring = { status: 'ready', millis }
  notify()
}

/** The worker of the open project `target` stopped before its monitoring report was written. */
export function failMonitoring(target: OpenedProject, error: string): void {
  if (project !== target) return
  monitoring = { status: 'failed', error }
  notify()
}

let worker: Worker | null = null
// the copies kept in IndexedDB, one after the other: the later one (with the report) wins
let keeping: Promise<void> = Promise.resolve()
const keep = (work: () => Promise<void>) => void (keeping = keeping.then(work))

/**
 * Builds the site files of the selection in the page's worker (public/project-worker.js, the
 * build's own code) and shows them; nothing is sent anywhere. Resolves when the views switch.
 */
export function openProject(selection: OpenedSelection): Promise<OpenedProject> {
  const { name } = selection
  worker?.terminate()
  const current = new Worker(siteUrl('project-worker.js'), { type: 'module' })
  worker = current
  opening = { status: 'building', name, stage: 'reading', detail: null }
  notify()
  let opened: OpenedProject | null = null
  const stop = () => {
    current.terminate()
    if (worker === current) worker = null
  }
  return new Promise((resolve, reject) => {
    const fail = (error: string) => {
      stop()
      // after the dashboard: only the monitoring report is missing, every view but its own works
      if (opened) return failMonitoring(opened, error)
      opening = { status: 'failed', name, error }
      notify()
      reject(new Error(error))
    }
    current.onerror = (event) => fail(event.message || 'the project worker could not start')
    current.onmessage = (event: MessageEvent<BuildMessage>) => {
      const message = event.data
      if (message.type === 'progress') {
        // the monitoring stage after the dashboard is the banner's (monitoringState)
        if (opened) return
        opening = { status: 'building', name, stage: message.stage, detail: message.detail }
        notify()
        return
      }
      if (message.type === 'failed') return fail(message.error)
      if (message.type === 'monitoring') {
        stop()
        if (!opened) return
        receiveMonitoring(opened, message.files, message.millis)
        if (project === opened) keep(() => storeProject(opened!, true))
        return
      }
      // the dashboard: every view switches; the worker goes on with the monitoring report
      opened = {
        id: `${name}-${Date.now()}`,
        name,
        files: new Map(message.files),
        summary: message.summary,
        millis: message.millis,
      }
      opening = { status: 'idle' }
      setOpenedProject(opened, { status: 'computing', since: performance.now() })
      const shown = opened
      keep(() => storeProject(shown, false))
      resolve(opened)
    }
    void sendSelection(current, selection)
  })
}

/**
 * Hands the selection to the worker, then asks for the build. Handles go as they are (the worker
 * walks them); files go a slice at a time, each task of the page's main thread spending at most
 * SEND_BUDGET_MS before the page paints and answers again (the progress line counts them, at
 * most every 100 ms).
 */
async function sendSelection(current: Worker, selection: OpenedSelection) {
  const post = (request: BuildRequest) => current.postMessage(request)
  if (selection.kind === 'handles') {
    post({ type: 'handles', handles: selection.handles, root: selection.root })
  } else {
    const total = selection.files.length
    const of = total.toLocaleString('en-US')
    let told = performance.now()
    const sent = await sendInSlices(
      total,
      selection.kind === 'list'
        ? (from, to) => {
            const list = selection.files
            const files: File[] = []
            for (let i = from; i < to; i++) files.push(list[i]!)
            post({ type: 'list', files })
          }
        : (from, to) => post({ type: 'files', files: selection.files.slice(from, to) }),
      {
        budgetMs: SEND_BUDGET_MS,
        now: () => performance.now(),
        yieldToPage,
        cancelled: () => worker !== current,
        onProgress: (count) => {
          if (count === total || performance.now() - told < 100) return
          told = performance.now()
          const detail = `${count.toLocaleString('en-US')} of ${of} files handed to the worker`
          opening = { status: 'building', name: selection.name, stage: 'reading', detail }
          notify()
        },
      },
    )
    if (!sent) return
    // every file is in the worker: the input lets go of them (not after a cancel, when it may
    // already hold the next selection's)
    if (selection.kind === 'list') selection.release?.()
  }
  if (worker === current) post({ type: 'build', name: selection.name })
}

/** Back to the site's own data; the stored copy is forgotten. */
export function closeProject(): void {
  worker?.terminate()
  worker = null
  opening = { status: 'idle' }
  setOpenedProject(null)
  keep(forgetStoredProject)
}

const objectUrls = new Map<string, string>()

/**
 * The URL of a site file for an <img>: the site's own file, or a blob: URL of the opened
 * project's copy (never a request to the server for the user's data).
 */
export function siteFileSrc(file: string): string {
  if (!project) return siteUrl(file)
  let url = objectUrls.get(file)
  if (!url) {
    const bytes = project.files.get(file)
    url = bytes ? URL.createObjectURL(new Blob([bytes as BlobPart])) : 'about:blank'
    objectUrls.set(file, url)
  }
  return url
}

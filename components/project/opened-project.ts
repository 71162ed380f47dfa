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

/** Where opening stands: the worker's stage while it builds, or why it failed. */
export type OpeningState =
  | { status: 'idle' }
  | { status: 'building'; name: string; stage: SiteBuildStage; detail: string | null }
  | { status: 'failed'; name: string; error: string }

let project: OpenedProject | null = null
let opening: OpeningState = { status: 'idle' }
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
/** True while a source=local page looks for its kept project (views wait). */
export const restoringProject = (): boolean => restoring

/** Ends the wait of a source=local page: the kept project, or null when there is none. */
export function finishRestore(kept: OpenedProject | null): void {
  restoring = false
  if (kept) setOpenedProject(kept)
  else notify()
}

/** Shows `next` (or the built site, null) in every view. */
export function setOpenedProject(next: OpenedProject | null): void {
  for (const url of objectUrls.values()) URL.revokeObjectURL(url)
  objectUrls.clear()
  project = next
  notify()
}

let worker: Worker | null = null

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
  return new Promise((resolve, reject) => {
    const fail = (error: string) => {
      current.terminate()
      if (worker === current) worker = null
      opening = { status: 'failed', name, error }
      notify()
      reject(new Error(error))
    }
    current.onerror = (event) => fail(event.message || 'the project worker could not start')
    current.onmessage = (event: MessageEvent<BuildMessage>) => {
      const message = event.data
      if (message.type === 'progress') {
        opening = { status: 'building', name, stage: message.stage, detail: message.detail }
        notify()
        return
      }
      if (message.type === 'failed') return fail(message.error)
      current.terminate()
      if (worker === current) worker = null
      const opened: OpenedProject = {
        id: `${name}-${Date.now()}`,
        name,
        files: new Map(message.files),
        summary: message.summary,
        millis: message.millis,
      }
      opening = { status: 'idle' }
      setOpenedProject(opened)
      void storeProject(opened)
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
  }
  if (worker === current) post({ type: 'build', name: selection.name })
}

/** Back to the site's own data; the stored copy is forgotten. */
export function closeProject(): void {
  worker?.terminate()
  worker = null
  opening = { status: 'idle' }
  setOpenedProject(null)
  void forgetStoredProject()
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

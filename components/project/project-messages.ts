import type { SiteBuildStage } from '@/lib/site-data/site-build-stages'

/** One file the user opened, with its path inside the opened folder (`mlruns/0/meta.yaml`). */
export interface OpenedFile {
  path: string
  file: File
}

/**
 * Page → worker: the opened files, a batch at a time (cloning a File into the worker costs the
 * page's main thread about 0.3 ms: 12,000 files at once would freeze it for seconds), then
 * `build` to build the site files of every file sent.
 */
export type BuildRequest =
  | { type: 'files'; files: OpenedFile[] }
  | {
      type: 'build'
      /** the opened folder's name (the files' paths are relative to it) */
      name: string
    }

/** Files per `files` message: about 30 ms of the page's main thread each. */
export const FILES_PER_MESSAGE = 100

/** Worker → page. */
export type BuildMessage =
  | { type: 'progress'; stage: SiteBuildStage; detail: string | null }
  | {
      type: 'done'
      files: [string, Uint8Array][]
      /** one line per dataset and store, for the banner */
      summary: string[]
      millis: number
    }
  | { type: 'failed'; error: string }

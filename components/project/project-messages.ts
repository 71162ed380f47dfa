import type { SiteBuildStage } from '@/lib/site-data/site-build-stages'

/** One file the user opened, with its path inside the opened folder (`mlruns/0/meta.yaml`). */
export interface OpenedFile {
  path: string
  file: File
}

/** Page → worker: build the site files of these files. */
export interface BuildRequest {
  /** the opened folder's name (the files' paths are relative to it) */
  name: string
  files: OpenedFile[]
}

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

import type { SiteBuildStage } from '@/lib/site-data/site-build-stages'

/** One file the user opened, with its path inside the opened folder (`mlruns/0/meta.yaml`). */
export interface OpenedFile {
  path: string
  file: File
}

/**
 * Page → worker: what the user opened, then `build` to build the site files of all of it.
 * - `handles`: File System Access handles (the folder picker, a drop in Chromium), walked in the
 *   worker, which calls getFile() itself: the page does nothing per file. With `root`, the one
 *   directory handle is the opened folder (its files' paths start inside it); otherwise each
 *   handle keeps its own name (a dropped folder `mlruns/…`, a dropped file at its name).
 * - `list`: files of a `webkitdirectory` or multiple-file input, a slice of the FileList at a time
 *   (cloning a File into the worker costs the page's main thread about 0.3 ms: 12,000 at once
 *   would freeze it for seconds); the worker takes each path from its `webkitRelativePath`
 *   (without the folder's name) or, for loose files, its name.
 * - `files`: files with their paths (a drop read through webkitGetAsEntry), a slice at a time.
 */
export type BuildRequest =
  | { type: 'handles'; handles: FileSystemHandle[]; root: boolean }
  | { type: 'list'; files: File[] }
  | { type: 'files'; files: OpenedFile[] }
  | {
      type: 'build'
      /** the opened folder's name (the files' paths are relative to it) */
      name: string
    }

/** Main-thread time spent handing files to the worker before the page gets a turn, ms. */
export const SEND_BUDGET_MS = 10

/**
 * Worker → page: progress per stage; `dashboard` once every file but the monitoring report is
 * written (the views switch then); `monitoring` when monitoring.json and the final
 * build-report.json are (the views that read them fill in); `failed` before the dashboard (the
 * project does not open) or after it (the monitoring report is missing, the rest works).
 */
export type BuildMessage =
  | { type: 'progress'; stage: SiteBuildStage; detail: string | null }
  | {
      type: 'dashboard'
      files: [string, Uint8Array][]
      /** one line per dataset and store, for the banner */
      summary: string[]
      millis: number
    }
  | { type: 'monitoring'; files: [string, Uint8Array][]; millis: number }
  | { type: 'failed'; error: string }

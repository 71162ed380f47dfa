/// <reference lib="webworker" />
// The worker that builds an opened project's site files (bundled by scripts/build-page-worker.ts
// into public/project-worker.js): the build's own buildSite over the user's files in memory, so
// the page never freezes and nothing leaves the machine.
import { buildVirtualSite, filesAfter } from '@/lib/site-data/build-virtual-site'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'
import type { RunsSnapshotResult } from '@/lib/site-data/runs/build-runs-snapshot'
import { sampledReads, watchParquetReads } from '@/lib/virtual-fs/read-parquet-file-page'
import { filesOfHandles, type HandleFile } from './files-of-handles'
import type { BuildMessage, BuildRequest } from './project-messages'
import { transferableCopies } from './transferable-copies'

const post = (message: BuildMessage, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer)

const files: HandleFile[] = []
// the walks of the handles sent, awaited before the build
const walks: Promise<void>[] = []

/** A FileList's file at its path under the chosen folder (or a loose file at its name). */
const listed = (file: File): HandleFile => ({
  path: file.webkitRelativePath
    ? file.webkitRelativePath.slice(file.webkitRelativePath.indexOf('/') + 1)
    : file.name,
  blob: file,
})

const count = (n: number) => n.toLocaleString('en-US')

/** One line per dataset and store for the banner: rows, and what the page sampled. */
function summary(snapshot: Snapshot, runs: RunsSnapshotResult, inFolder: (path: string) => string) {
  return [
    ...(['dev', 'prod'] as const).flatMap((side) => {
      const d = snapshot.datasets[side]
      if (!d) return []
      const read = sampledReads().find((s) => s.file === d.source)
      const kept = read
        ? `${count(read.rowsInFile)} rows in ${inFolder(read.file)}, more than the page keeps: ` +
          `${count(read.kept)} read, a seeded uniform sample (the build's row sample), and ` +
          `every figure here is over them (npm run build reads every row)`
        : `${count(d.rows)} rows`
      const shown = d.sampled
        ? `, a uniform sample of ${count(d.shippedRows)} shown in the views`
        : ''
      return [`${side}: ${kept}${shown}`]
    }),
    runs.snapshot.unavailable ?? `runs: ${runs.snapshot.runs.length}`,
  ]
}

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const request = event.data
  if (request.type === 'files') {
    for (const f of request.files) files.push({ path: f.path, blob: f.file })
    return
  }
  if (request.type === 'list') {
    for (const file of request.files) files.push(listed(file))
    return
  }
  if (request.type === 'handles') {
    let told = performance.now()
    const found = (n: number) => {
      if (performance.now() - told < 200) return
      told = performance.now()
      post({ type: 'progress', stage: 'reading', detail: `${count(n)} files found` })
    }
    const walk = filesOfHandles(request.handles, request.root, found)
    walks.push(walk.then((list) => void files.push(...list)))
    return
  }
  const { name } = request
  const started = performance.now()
  try {
    await Promise.all(walks)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return post({ type: 'failed', error: `the folder could not be read: ${reason}` })
  }
  const root = `/${name}`
  const inFolder = (path: string) => path.slice(root.length + 1)
  // a large file is read a row group at a time: each one is a progress message
  watchParquetReads((file, read, rows) =>
    post({
      type: 'progress',
      stage: 'columns',
      detail: `${inFolder(file)}: ${count(read)} of ${count(rows)} rows read`,
    }),
  )
  // what the dashboard message carried: the monitoring message sends what was written after
  let handed: ReadonlyMap<string, Uint8Array> = new Map()
  try {
    const site = await buildVirtualSite(
      files.map((f) => ({ path: `${root}/${f.path}`, blob: f.blob })),
      root,
      (stage, detail) =>
        post({ type: 'progress', stage, detail: detail ? inFolder(detail) : null }),
      // the dashboard first: the monitoring report (the longest step) follows in this worker
      ({ files: written, snapshot, runs }) => {
        handed = written
        const millis = performance.now() - started
        const lines = summary(snapshot, runs, inFolder)
        // copied here and transferred: the page's main thread copies none of these bytes, and
        // the build goes on with its own in its Map
        const { entries, transfer } = transferableCopies(written)
        post({ type: 'dashboard', files: entries, summary: lines, millis }, transfer)
      },
    )
    // then the files written after the dashboard's (the views that read them fill in)
    const { entries, transfer } = transferableCopies(filesAfter(handed, site.files))
    post({ type: 'monitoring', files: entries, millis: performance.now() - started }, transfer)
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) })
  }
}

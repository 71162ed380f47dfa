/// <reference lib="webworker" />
// The worker that builds an opened project's site files (bundled by scripts/build-page-worker.ts
// into public/project-worker.js): the build's own buildSite over the user's files in memory, so
// the page never freezes and nothing leaves the machine.
import { buildVirtualSite } from '@/lib/site-data/build-virtual-site'
import type { BuildMessage, BuildRequest } from './project-messages'

const post = (message: BuildMessage, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer)

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { name, files } = event.data
  const started = performance.now()
  const root = `/${name}`
  try {
    const site = await buildVirtualSite(
      files.map((f) => ({ path: `${root}/${f.path}`, blob: f.file })),
      root,
      (stage, detail) =>
        post({ type: 'progress', stage, detail: detail ? detail.slice(root.length + 1) : null }),
    )
    const { snapshot, runs } = site.build
    const summary = [
      ...(['dev', 'prod'] as const).flatMap((side) => {
        const d = snapshot.datasets[side]
        if (!d) return []
        const sampled = d.sampled ? `, a uniform sample of ${d.shippedRows} shown in the views` : ''
        return [`${side}: ${d.rows} rows${sampled}`]
      }),
      runs.snapshot.unavailable ?? `runs: ${runs.snapshot.runs.length}`,
    ]
    const entries = [...site.files]
    post({ type: 'done', files: entries, summary, millis: performance.now() - started }, [
      ...new Set(entries.map(([, bytes]) => bytes.buffer as ArrayBuffer)),
    ])
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) })
  }
}

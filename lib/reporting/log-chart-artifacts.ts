import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../mlflow/filestore/atomic-write'
import { findRunFolder } from '../mlflow/filestore/writer-scan'
import { APPLY_RUN } from '../pipeline/stage-apply'
import type { Run, TrackingStore } from '../tracking/types'

/** Where the charts go inside a run's artifacts. */
export const CHART_ARTIFACT_FOLDER = 'charts'

/** The newest active run named PipelineAplicacao in any experiment of the store, or null. */
export async function latestApplicationRun(store: TrackingStore): Promise<Run | null> {
  let latest: Run | null = null
  for (const experiment of await store.listExperiments()) {
    for (const run of await store.listRuns(experiment.id)) {
      if (run.name !== APPLY_RUN || run.lifecycle !== 'active') continue
      if (!latest || (run.startTime ?? 0) > (latest.startTime ?? 0)) latest = run
    }
  }
  return latest
}

/**
 * The local artifact folder of `run` and the folder for temporary files (same file system,
 * never listed as artifacts): a FileStore's own `<run>/artifacts` (whatever absolute
 * `artifact_uri` a copied store kept), a SQLite store's artifact location as the reader finds
 * it. Throws one sentence for a tracking server or an artifact root that is not on this machine.
 */
export async function runArtifactFolder(
  store: TrackingStore,
  run: Run,
): Promise<{ folder: string; temp: string }> {
  if (store.kind === 'filestore') {
    const runFolder = await findRunFolder(store.location, run.id)
    if (!runFolder) throw new Error(`run ${run.id} has no folder in ${store.location}`)
    return { folder: join(runFolder, 'artifacts'), temp: runFolder }
  }
  if (store.kind === 'sqlite') {
    // the same search the runs page uses: the recorded location, else the relocated copy
    const found = await store.artifactLocation?.(run.id)
    if (!found) {
      throw new Error(
        `run ${run.id} of ${store.location} has no local artifact folder (artifact_uri ${run.artifactUri}): copy its artifacts into the project or name their folder in MONITOR_ARTIFACT_ROOTS`,
      )
    }
    return { folder: found.folder, temp: found.folder }
  }
  throw new Error(
    `${store.location} is a tracking server: log the images with mlflow.log_artifacts from Python, export-charts writes only to local stores`,
  )
}

/**
 * Writes each image under `<artifacts>/charts/` of the run, each atomically (a temporary file
 * renamed over the target), so the store never holds half an image; returns the folder.
 */
export async function logChartArtifacts(
  store: TrackingStore,
  run: Run,
  images: ReadonlyArray<{ file: string; bytes: Uint8Array }>,
): Promise<string> {
  const { folder, temp } = await runArtifactFolder(store, run)
  const target = join(folder, CHART_ARTIFACT_FOLDER)
  await mkdir(target, { recursive: true })
  for (const image of images) await writeFileAtomic(join(target, image.file), image.bytes, temp)
  return target
}

import { join } from 'node:path'
import { TRASH_FOLDER, RESERVED_ROOT_FOLDERS } from './experiments'
import type { FileStoreFs } from './fs'
import { textField } from './meta-fields'
import { RESERVED_EXPERIMENT_FOLDERS } from './runs'
import { readYamlMapping } from './yaml-file'

/** Where a run lives and where its meta.yaml says its artifacts are. */
export interface RunLocation {
  runId: string
  folder: string
  /** name of the experiment folder holding the run */
  experimentId: string
  artifactUri: string
}

const RUN_ID_RE = /^[A-Za-z0-9][\w-]*$/

/** True when `id` can only name a folder directly inside an experiment (no `/`, no `..`). */
export function isSafeRunId(id: string): boolean {
  return RUN_ID_RE.test(id) && !RESERVED_EXPERIMENT_FOLDERS.has(id)
}

/**
 * Finds runs by id as MLflow's `_find_run_root` does: the folder named after the run inside any
 * experiment, active or in .trash. Runs already seen by listRuns are answered from memory.
 */
export class RunLocator {
  private readonly known = new Map<string, RunLocation>()

  constructor(
    private readonly fs: FileStoreFs,
    private readonly root: string,
  ) {}

  remember(location: RunLocation): void {
    this.known.set(location.runId, location)
  }

  private async experimentFolders(): Promise<{ folder: string; id: string }[]> {
    const trash = join(this.root, TRASH_FOLDER)
    const lists = await Promise.all([this.fs.listFolder(this.root), this.fs.listFolder(trash)])
    return lists.flatMap((entries, i) =>
      (entries ?? [])
        .filter((entry) => entry.kind === 'dir' && !RESERVED_ROOT_FOLDERS.has(entry.name))
        .map((entry) => ({
          folder: join(i === 0 ? this.root : trash, entry.name),
          id: entry.name,
        })),
    )
  }

  /** The run's location, or null when no experiment holds a run folder with a meta.yaml. */
  async find(runId: string): Promise<RunLocation | null> {
    const cached = this.known.get(runId)
    if (cached) return cached
    if (!isSafeRunId(runId)) return null
    const experiments = await this.experimentFolders()
    const kinds = await Promise.all(
      experiments.map((experiment) => this.fs.kind(join(experiment.folder, runId, 'meta.yaml'))),
    )
    const index = kinds.indexOf('file')
    const experiment = experiments[index]
    if (!experiment) return null
    const folder = join(experiment.folder, runId)
    const meta = await readYamlMapping(this.fs, join(folder, 'meta.yaml'))
    const location: RunLocation = {
      runId,
      folder,
      experimentId: experiment.id,
      artifactUri: textField(meta?.artifact_uri) ?? '',
    }
    this.remember(location)
    return location
  }
}

import { dirname, join } from 'node:path'
import { TrackingReadError } from '../../tracking/tracking-read-error'
import type { ArtifactEntry, ArtifactLocation } from '../../tracking/types'
import { artifactRoots, insideRoots, realpathOrNull } from '../artifact-containment'
import { createArtifactFolderResolver, type ArtifactFolder } from '../artifact-folder'
import { ArtifactFolderVisits } from '../artifact-folder-visits'
import { safeArtifactPath } from './artifact-root'
import type { FileStoreFs } from './fs'
import type { RunLocator } from './run-locator'

/** Lists and reads run artifacts of a FileStore, resolving each run's artifact folder once. */
export class FileStoreArtifacts {
  private readonly roots = new Map<string, Promise<ArtifactFolder>>()
  private readonly visits = new Map<string, ArtifactFolderVisits>()
  private readonly resolver: ReturnType<typeof createArtifactFolderResolver>

  constructor(
    private readonly fs: FileStoreFs,
    private readonly storeRoot: string,
    private readonly locator: RunLocator,
  ) {
    this.resolver = createArtifactFolderResolver(storeRoot, dirname(storeRoot))
  }

  private async resolveRoot(runId: string): Promise<ArtifactFolder> {
    const location = await this.locator.find(runId)
    if (!location) {
      this.fs.log.add(this.storeRoot, `run "${runId}" not found in any experiment`)
      return { folder: null, reason: `run "${runId}" not found in any experiment` }
    }
    const found = await this.resolver({
      runId,
      experimentId: location.experimentId,
      artifactUri: location.artifactUri,
      runFolder: join(location.folder, 'artifacts'),
    })
    if (found.folder === null) this.fs.log.add(location.folder, found.reason)
    return found
  }

  private allowed: Promise<string[]> | null = null

  private allowedRoots(): Promise<string[]> {
    this.allowed ??= artifactRoots(this.storeRoot)
    return this.allowed
  }

  /** Where the run's artifacts are on this machine, or null (logged) when nowhere. */
  async location(runId: string): Promise<ArtifactLocation | null> {
    let root = this.roots.get(runId)
    if (!root) {
      root = this.resolveRoot(runId)
      this.roots.set(runId, root)
    }
    const found = await root
    if (found.folder === null) return null
    return {
      folder: found.folder,
      recorded: found.recorded,
      how: found.how,
      matched: found.matched,
    }
  }

  /** The run's local artifact folder, or null (logged) when none exists on this machine. */
  async root(runId: string): Promise<string | null> {
    return (await this.location(runId))?.folder ?? null
  }

  /** Entries directly under `path` (relative to the artifact root), sorted; [] when absent. */
  async list(runId: string, path = ''): Promise<ArtifactEntry[]> {
    const relative = safeArtifactPath(path)
    if (relative === null) {
      this.fs.log.add(
        this.storeRoot,
        `artifact path "${path}" of run "${runId}" refused: it leaves the artifact folder`,
      )
      return []
    }
    const root = await this.root(runId)
    if (!root) return []
    const folder = join(root, relative)
    if ((await this.fs.kind(folder)) !== 'dir') return []
    const allowed = await this.allowedRoots()
    let visits = this.visits.get(runId)
    if (!visits) this.visits.set(runId, (visits = new ArtifactFolderVisits(root)))
    const entries = []
    for (const entry of (await this.fs.listFolder(folder)) ?? []) {
      const shown = relative ? `${relative}/${entry.name}` : entry.name
      const real = await realpathOrNull(join(folder, entry.name))
      const refuse = (rule: string) =>
        this.fs.log.add(
          join(folder, entry.name),
          `artifact "${shown}" of run "${runId}" refused: ${rule}`,
        )
      if (real === null) refuse('its real path cannot be resolved')
      else if (!insideRoots(real, allowed))
        refuse(`it leads to ${real}, outside the store, the project and MONITOR_ARTIFACT_ROOTS`)
      else {
        const loop = entry.kind === 'dir' ? visits.refusal(shown, real, entry.symlink) : null
        if (loop) refuse(loop)
        else entries.push(entry)
      }
    }
    const infos = await Promise.all(entries.map((entry) => this.fs.info(join(folder, entry.name))))
    return entries.map((entry, i) => {
      const isDir = entry.kind === 'dir'
      return {
        path: relative ? `${relative}/${entry.name}` : entry.name,
        isDir,
        size: isDir ? null : (infos[i]?.size ?? null),
      }
    })
  }

  /** Bytes of one artifact file; TrackingReadError naming the path when it cannot be read. */
  read(runId: string, path: string): Promise<Uint8Array> {
    return this.readIn(`run "${runId}"`, path, () => this.root(runId))
  }

  private readonly modelRoots = new Map<string, Promise<string | null>>()

  /**
   * Bytes of one file of an MLflow 3.x LoggedModel's artifacts (`models:/m-…`): its own
   * `<exp>/models/<id>/artifacts/` in the store, else its recorded `artifact_location`, found
   * and contained as a run's artifact folder is.
   */
  readLoggedModel(model: LoggedModelFolder, path: string): Promise<Uint8Array> {
    let root = this.modelRoots.get(model.id)
    if (!root) {
      root = this.resolver({
        runId: model.id,
        experimentId: model.experimentId,
        artifactUri: model.artifactLocation,
        runFolder: join(model.folder, 'artifacts'),
      }).then((found) => {
        if (found.folder === null) this.fs.log.add(model.folder, found.reason)
        return found.folder
      })
      this.modelRoots.set(model.id, root)
    }
    return this.readIn(`logged model "${model.id}"`, path, () => root)
  }

  private async readIn(
    owner: string,
    path: string,
    folder: () => Promise<string | null>,
  ): Promise<Uint8Array> {
    const relative = safeArtifactPath(path)
    if (relative === null || relative === '') {
      throw new TrackingReadError(
        path,
        `artifact path refused for ${owner}: it must stay inside the artifact folder`,
      )
    }
    const root = await folder()
    if (!root) throw new TrackingReadError(path, `${owner} has no artifact folder on this machine`)
    const file = join(root, relative)
    const info = await this.fs.info(file)
    if (!info) throw new TrackingReadError(file, 'artifact not found')
    const real = await realpathOrNull(file)
    if (real === null || !insideRoots(real, await this.allowedRoots())) {
      throw new TrackingReadError(
        file,
        `artifact of ${owner} refused: it leads to ${real ?? 'an unresolvable path'}, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
      )
    }
    if (info.kind === 'dir') throw new TrackingReadError(file, 'is a folder, not an artifact file')
    const bytes = await this.fs.readBytes(file)
    if (!bytes) throw new TrackingReadError(file, 'cannot read artifact')
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
}

/** Where a LoggedModel is: its id, experiment, recorded artifact_location and `<exp>/models/<id>` folder. */
export interface LoggedModelFolder {
  id: string
  experimentId: string
  artifactLocation: string
  folder: string
}

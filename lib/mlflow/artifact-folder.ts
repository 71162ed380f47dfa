import { stat } from 'node:fs/promises'
import { isAbsolute, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArtifactLocation } from '../tracking/types'
import { artifactRoots, insideRoots, realpathOrNull } from './artifact-containment'
import { artifactUriSegments, commonSuffix, createRelocationFinder } from './relocated-artifacts'
import { isRemoteArtifactUri } from './sqlite/artifact-roots'

/** A run's artifact folder on this machine, or why there is none (one sentence). */
export type ArtifactFolder =
  (ArtifactLocation & { allowed: string[] }) | { folder: null; reason: string }

/**
 * The local folders a recorded `artifact_uri` names on this machine: a `file://` URI, a `file:`
 * path, an absolute path, or a path relative to `baseFolder` (the project or database folder)
 * and to the working directory. Remote and `mlflow-artifacts:` URIs name none.
 */
export function recordedArtifactFolders(uri: string, baseFolder: string): string[] {
  if (uri === '' || isRemoteArtifactUri(uri) || /^mlflow-artifacts:/i.test(uri)) return []
  if (/^file:\/\//i.test(uri)) {
    try {
      return [fileURLToPath(uri)]
    } catch {
      return []
    }
  }
  const path = /^file:/i.test(uri) ? uri.slice('file:'.length) : uri
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[A-Za-z]:[\\/]/.test(path)) return []
  if (isAbsolute(path)) return [path]
  return [...new Set([resolve(baseFolder, path), resolve(path)])]
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false
}

/**
 * Finds run artifact folders for one store (`storePath`: the FileStore root or the database
 * file; `baseFolder`: what relative URIs are relative to), with one rule for every reader: the given local candidates first (the FileStore run's
 * own `artifacts/`, then what the recorded URI names), each only when its real path is inside the
 * store, its project folder or MONITOR_ARTIFACT_ROOTS; then a copy of the run's artifacts found
 * inside those folders by the longest matching path suffix (`createRelocationFinder`).
 */
export function createArtifactFolderResolver(
  storePath: string,
  baseFolder: string,
  extraRoots?: string,
) {
  let allowed: Promise<string[]> | null = null
  const roots = () => (allowed ??= artifactRoots(storePath, extraRoots))
  const relocate = createRelocationFinder(async () => {
    const all = await roots()
    const folders = await Promise.all(all.map(isFolder))
    return all.filter((_, i) => folders[i])
  })
  return async (run: {
    runId: string
    experimentId: string
    artifactUri: string
    /** a FileStore run's own `artifacts/` folder, tried first */
    runFolder?: string
  }): Promise<ArtifactFolder> => {
    const inside = await roots()
    const recorded = recordedArtifactFolders(run.artifactUri, baseFolder)
    const candidates = [...new Set([...(run.runFolder ? [run.runFolder] : []), ...recorded])]
    const recordedReal = await Promise.all(recorded.map(realpathOrNull))
    let refused: string | null = null
    for (const candidate of candidates) {
      if (!(await isFolder(candidate))) continue
      const real = (await realpathOrNull(candidate)) ?? candidate
      if (insideRoots(real, inside)) {
        const moved = !recordedReal.includes(real)
        const shared = commonSuffix(real.split(sep), artifactUriSegments(run.artifactUri))
        return {
          folder: real,
          recorded: run.artifactUri,
          how: moved ? 'relocated' : 'recorded',
          matched: moved && shared > 0 ? real.split(sep).slice(-shared).join('/') : null,
          allowed: inside,
        }
      }
      refused ??=
        `artifact folder of run "${run.runId}" refused (real path ${real}): it is outside the ` +
        `store, the project and MONITOR_ARTIFACT_ROOTS (artifact_uri "${run.artifactUri}")`
    }
    const moved = await relocate(run.runId, run.experimentId, run.artifactUri)
    const real = moved && (await realpathOrNull(moved.folder))
    if (moved && real && insideRoots(real, inside)) {
      return {
        folder: real,
        recorded: run.artifactUri,
        how: 'relocated',
        matched: moved.matched,
        allowed: inside,
      }
    }
    if (refused) return { folder: null, reason: refused }
    const remote = isRemoteArtifactUri(run.artifactUri) ? ' is remote storage' : ''
    const looked = candidates.length ? `in ${candidates.join(', ')} and ` : ''
    return {
      folder: null,
      reason:
        `no artifact folder found for run "${run.runId}" (artifact_uri "${run.artifactUri}"${remote}); ` +
        `looked ${looked}for a copy of ${run.runId}/artifacts inside the project and MONITOR_ARTIFACT_ROOTS`,
    }
  }
}

import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { SKIPPED_FOLDERS } from '../tracking/scan-project'
import { insideRoots } from './artifact-containment'
import { createLimiter } from './filestore/limiter'

/** A run's artifact folder found inside the project although its `artifact_uri` points elsewhere. */
export interface RelocatedArtifacts {
  /** the folder found (under one of the bases) */
  folder: string
  /** the trailing part of the recorded URI it matched, '/'-separated (e.g. `mlruns/1/<run>/artifacts`) */
  matched: string
}

/** Depth walked below a base when searching for a moved artifact folder. */
const MAX_DEPTH = 12
/** Folders listed at most per search (a store at the root of a home folder stays quick). */
const MAX_FOLDERS = 50_000

/**
 * The path segments of a recorded artifact URI, whatever machine wrote it: `file:///C:/Users/…`,
 * `C:\Users\…`, `/home/x/…`, `./mlruns/…`, `s3://bucket/…`. An `mlflow-artifacts:` URI is
 * relative to the server's artifact folder, `mlartifacts/` by default, so it starts there.
 */
export function artifactUriSegments(uri: string): string[] {
  let path = uri.trim()
  const proxied = /^mlflow-artifacts:(?:\/\/[^/]*)?(.*)$/i.exec(path)
  if (proxied) path = `mlartifacts/${proxied[1] ?? ''}`
  else path = path.replace(/^[a-z][a-z0-9+.-]+:(\/\/)?/i, '') // file://, s3://, file:
  try {
    path = decodeURIComponent(path)
  } catch {
    // keep the text as written
  }
  return path
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .filter((segment, i) => !(i === 0 && /^[A-Za-z]:$/.test(segment)))
}

/** How many trailing segments two paths share (case-insensitive, as Windows paths are). */
export function commonSuffix(a: readonly string[], b: readonly string[]): number {
  let n = 0
  while (
    n < a.length &&
    n < b.length &&
    a[a.length - 1 - n]!.toLowerCase() === b[b.length - 1 - n]!.toLowerCase()
  )
    n++
  return n
}

/**
 * Every `<run>/artifacts` folder under `bases`, by run folder name (symlinks not followed;
 * dependencies, VCS and build output skipped; an `artifacts` folder is not walked into; at most
 * MAX_FOLDERS folders listed, MAX_DEPTH deep).
 */
async function indexArtifactFolders(bases: string[]): Promise<Map<string, string[]>> {
  const index = new Map<string, string[]>()
  const limit = createLimiter(16)
  let listed = 0
  const visit = async (folder: string, depth: number): Promise<void> => {
    if (++listed > MAX_FOLDERS) return
    const entries: Dirent[] = await limit(() => readdir(folder, { withFileTypes: true })).catch(
      () => [],
    )
    const work: Promise<void>[] = []
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIPPED_FOLDERS.has(entry.name)) continue
      const child = join(folder, entry.name)
      if (entry.name === 'artifacts') {
        const run = folder.slice(folder.lastIndexOf(sep) + 1)
        index.set(run, [...(index.get(run) ?? []), child])
      } else if (depth < MAX_DEPTH) work.push(visit(child, depth + 1))
    }
    await Promise.all(work)
  }
  // a base inside another base is walked with it
  const outer = bases.filter((b) => !bases.some((o) => o !== b && insideRoots(b, [o])))
  await Promise.all([...new Set(outer)].map((base) => visit(base, 0)))
  return index
}

/**
 * Finds a run's artifact folder inside `bases` (the store, its project folder and
 * MONITOR_ARTIFACT_ROOTS, real paths) when the recorded `artifact_uri` names another machine
 * or an artifact server: the folder whose path shares the longest suffix with the URI, ending in
 * `<experiment>/<run>/artifacts`; failing that, any `<run>/artifacts` folder (the experiment was
 * renumbered). Ties go to the shortest path. The folder index is built once per finder, on the
 * first call. Used by the FileStore and the SQLite readers alike.
 */
export function createRelocationFinder(bases: () => Promise<string[]>) {
  let index: Promise<Map<string, string[]>> | null = null
  return async (
    runId: string,
    experimentId: string,
    artifactUri: string,
  ): Promise<RelocatedArtifacts | null> => {
    index ??= bases().then(indexArtifactFolders)
    const folders = (await index).get(runId) ?? []
    const uri = artifactUriSegments(artifactUri)
    const wanted = uri.length >= 2 ? uri : [experimentId, runId, 'artifacts']
    let best: { folder: string; score: number; segments: string[] } | null = null
    for (const folder of folders) {
      const segments = folder.split(sep).filter((s) => s !== '')
      const shared = commonSuffix(segments, wanted)
      // at least `<run>/artifacts`; `<experiment>/<run>/artifacts` and longer rank above it
      const score = shared >= 2 ? shared : 0
      if (score === 0) continue
      if (
        !best ||
        score > best.score ||
        (score === best.score && segments.length < best.segments.length) ||
        (score === best.score && segments.length === best.segments.length && folder < best.folder)
      )
        best = { folder, score, segments }
    }
    if (!best) return null
    return { folder: best.folder, matched: best.segments.slice(-best.score).join('/') }
  }
}

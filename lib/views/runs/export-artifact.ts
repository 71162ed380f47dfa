import type { SiteFileSink } from '../../site-data/site-file-sink'
import type { ArtifactEntry, TrackingStore } from '../../tracking/types'
import { artifactView, copySuffix, looksLikeText } from './artifact-kind'
import { artifactMaxBytes } from './artifact-max-bytes'
import { isSafeRunId, safeArtifactSegments, siteFileUrl } from './artifact-output-path'
import { parquetPreview } from './parquet-preview'
import type {
  ArtifactNote,
  RunArtifact,
  RunsLimits,
} from '../../site-data/runs/runs-snapshot-types'
import { sanitizeSvg } from './sanitize-svg'

/** Bytes still allowed for copies and previews in this build (shared by every run). */
export interface CopyBudget {
  remaining: number
}

export interface ExportTarget {
  store: TrackingStore
  runId: string
  /** where the copies go (public/data on disk for the build) */
  sink: SiteFileSink
  limits: RunsLimits
  budget: CopyBudget
}

function listed(entry: ArtifactEntry, note: ArtifactNote | null): RunArtifact {
  return { path: entry.path, isDir: entry.isDir, size: entry.size, view: null, file: null, note }
}

function unreadable(error: unknown): ArtifactNote {
  return { code: 'unreadable', message: error instanceof Error ? error.message : String(error) }
}

async function writeSiteFile(sink: SiteFileSink, segments: string[], content: Uint8Array | string) {
  await sink.write(segments.join('/'), content)
}

/**
 * One artifact for the page: images and text files up to their size limit are copied to
 * `data/artifacts/<runId>/<path>` (HTML/XML with a `.txt` suffix, SVG only after DOMPurify, noted
 * when it removed active content), no file over MONITOR_ARTIFACT_MAX_BYTES (20 MB by default), a
 * parquet file becomes `<path>.preview.json` (schema and first rows); every file not published
 * gets a note naming the rule: a type not on that allow-list, a size limit, a read failure.
 */
export async function exportArtifact(
  entry: ArtifactEntry,
  target: ExportTarget,
): Promise<RunArtifact> {
  if (entry.isDir) return listed(entry, null)
  const view = artifactView(entry.path)
  if (view === null) return listed(entry, { code: 'notAllowed' })
  const segments = safeArtifactSegments(entry.path)
  if (!segments || !isSafeRunId(target.runId)) {
    return listed(entry, { code: 'unsafePath' })
  }
  const { limits, budget } = target
  const typeLimit =
    view === 'image' ? limits.imageBytes : view === 'text' ? limits.textBytes : limits.parquetBytes
  const maxBytes = artifactMaxBytes()
  const limit = Math.min(maxBytes, typeLimit)
  const tooLarge: ArtifactNote =
    maxBytes < typeLimit
      ? { code: 'tooLarge', limit, setting: 'MONITOR_ARTIFACT_MAX_BYTES' }
      : { code: 'tooLarge', limit }
  if (entry.size !== null && entry.size > limit) return listed(entry, tooLarge)
  if (entry.size !== null && entry.size > budget.remaining) {
    return listed(entry, { code: 'budget' })
  }
  let bytes: Uint8Array
  try {
    bytes = await target.store.readArtifact(target.runId, entry.path)
  } catch (error) {
    return listed(entry, unreadable(error))
  }
  if (bytes.byteLength > limit) return listed(entry, tooLarge)
  const base = ['artifacts', target.runId, ...segments]
  if (view === 'parquet') {
    try {
      const preview = await parquetPreview(bytes, entry.path, limits.previewRows)
      const json = JSON.stringify(preview)
      const file = [...base.slice(0, -1), `${base.at(-1)}.preview.json`]
      await writeSiteFile(target.sink, file, json)
      budget.remaining -= json.length
      return { ...listed(entry, null), view, file: `data/${siteFileUrl(file)}` }
    } catch (error) {
      return listed(entry, unreadable(error))
    }
  }
  const isText = looksLikeText(bytes)
  if (view === 'text' && !isText) return listed(entry, { code: 'binary' })
  let content: Uint8Array | string = bytes
  let note: ArtifactNote | null = null
  if (entry.path.toLowerCase().endsWith('.svg')) {
    // served same-origin as image/svg+xml: only DOMPurify's SVG profile output is published
    const clean = isText ? sanitizeSvg(new TextDecoder().decode(bytes)) : null
    if (clean === null) return listed(entry, { code: 'svgScript' })
    content = clean.svg
    if (clean.removed.length > 0) note = { code: 'activeContentRemoved', removed: clean.removed }
  }
  const suffix = copySuffix(entry.path)
  const file = suffix ? [...base.slice(0, -1), `${base.at(-1)}${suffix}`] : base
  await writeSiteFile(target.sink, file, content)
  budget.remaining -= bytes.byteLength
  return {
    ...listed(entry, note),
    size: entry.size ?? bytes.byteLength,
    view,
    file: `data/${siteFileUrl(file)}`,
  }
}

import { PipelineInputError } from './pipeline-input-error'
import type { RawFileSource } from './raw-data-sources'
import { sha256Hex } from './sha256-file'
import { writeFileAtomic } from './write-file-atomic'

export interface DownloadOptions {
  /** folder URL ending in '/', default the course repository */
  baseUrl: string
  timeoutMs: number
}

/**
 * Downloads one course file with the global fetch, checks its SHA-256 against the committed sum
 * and only then moves it to `target`. Returns null on success, or why it failed (offline, HTTP
 * status, timeout) for the caller's single message; a checksum mismatch throws at once.
 */
export async function downloadRawFile(
  source: RawFileSource,
  target: string,
  { baseUrl, timeoutMs }: DownloadOptions,
): Promise<string | null> {
  const url = new URL(source.fileName, baseUrl).href
  let bytes: Uint8Array
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return `${url} answered HTTP ${response.status}`
    bytes = new Uint8Array(await response.arrayBuffer())
  } catch (error) {
    const err = error as Error & { cause?: { code?: string; message?: string } }
    if (err.name === 'TimeoutError') return `${url} did not answer within ${timeoutMs / 1000} s`
    const cause = err.cause?.code ?? err.cause?.message
    return `${url} could not be fetched (${err.message}${cause ? `: ${cause}` : ''})`
  }
  const actual = sha256Hex(bytes)
  if (actual !== source.sha256) {
    throw new PipelineInputError(
      `${url}: downloaded ${bytes.length} bytes whose SHA-256 is ${actual}, expected ` +
        `${source.sha256}; the file was not saved`,
    )
  }
  await writeFileAtomic(target, bytes)
  return null
}

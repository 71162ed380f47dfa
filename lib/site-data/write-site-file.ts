import { writeFileAtomic } from '../pipeline/write-file-atomic'
import { siteJson } from './site-file-sink'

/**
 * The one writer of the files the site ships (snapshot.json, rows-*.parquet, runs.json and the
 * run histories, model.json): through a temporary file renamed over the target, so a page or a
 * dev server never reads half a file. Returns the size written, in bytes.
 */
export async function writeSiteFile(path: string, content: string | Uint8Array): Promise<number> {
  await writeFileAtomic(path, content)
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
}

/** writeSiteFile with JSON: NaN and ±Infinity as "NaN", "Infinity", "-Infinity" (JSON has none). */
export function writeSiteJson(path: string, value: unknown): Promise<number> {
  return writeSiteFile(path, siteJson(value))
}

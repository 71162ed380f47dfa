import { SiteFileError } from '../site-file-error'

/** The shipped rows' scores, `scores[indices[i]]`, as little-endian Float64 bytes. */
export function scoresFileBytes(scores: Float64Array, indices: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(indices.length * 8)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < indices.length; i++) view.setFloat64(i * 8, scores[indices[i]!]!, true)
  return bytes
}

/**
 * A scores file's bytes → one P(made) per shipped row. Strict: the byte count must be
 * 8 × `rows` (a multiple of 8 when not given), every value NaN or within [0, 1]; else one
 * sentence naming the file. A module-level SiteFileParser for useSiteFile / loadSiteFile.
 */
export function parseScoresFile(
  bytes: Uint8Array,
  file: string,
  rows = Math.floor(bytes.byteLength / 8),
): Float64Array {
  if (bytes.byteLength !== rows * 8) {
    throw new SiteFileError(
      file,
      `holds ${bytes.byteLength} bytes, expected ${rows * 8} (8 per shipped row): rebuild the site`,
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    const v = view.getFloat64(i * 8, true)
    if (!Number.isNaN(v) && (v < 0 || v > 1)) {
      throw new SiteFileError(file, `row ${i} has score ${v}, outside [0, 1]`)
    }
    out[i] = v
  }
  return out
}

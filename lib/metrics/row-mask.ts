/**
 * One byte per row of a file, 1 for the rows in `indices`: made once per filter result and
 * shared by everything that walks a cached sort order with it (the score ranking's curves,
 * lib/metrics/score-rank, and the drift columns' sorted picks, lib/site-data/predictions).
 */
const masks = new WeakMap<Uint32Array, Uint8Array>()

export function rowMask(indices: Uint32Array, rows: number): Uint8Array {
  const cached = masks.get(indices)
  if (cached && cached.length === rows) return cached
  const keep = new Uint8Array(rows)
  for (let k = 0; k < indices.length; k++) keep[indices[k]!] = 1
  masks.set(indices, keep)
  return keep
}

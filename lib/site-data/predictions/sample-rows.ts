import { seededRandom, shuffleInPlace } from '../../model/seeded-random'

/**
 * Row indices to ship to the browser: all rows up to `limit`, else a uniform random sample of
 * `limit` rows (fixed seed, so rebuilds ship the same rows), in ascending order.
 */
export function sampleRowIndices(rows: number, limit: number, seed = 20240601): Uint32Array {
  const all = new Uint32Array(rows)
  for (let i = 0; i < rows; i++) all[i] = i
  if (rows <= limit) return all
  return shuffleInPlace(all, seededRandom(seed)).subarray(0, limit).sort()
}

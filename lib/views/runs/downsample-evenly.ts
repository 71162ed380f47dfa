/**
 * Indices of at most `limit` evenly spaced items among `length`, first and last included, in
 * increasing order: all of them when length ≤ limit. `limit` below 2 keeps the last item only.
 */
export function downsampleIndices(length: number, limit: number): number[] {
  if (length <= 0) return []
  const keep = Math.max(1, Math.floor(limit))
  if (length <= keep) return Array.from({ length }, (_, i) => i)
  if (keep === 1) return [length - 1]
  const step = (length - 1) / (keep - 1)
  const indices: number[] = []
  for (let i = 0; i < keep; i++) indices.push(Math.round(i * step))
  return indices
}

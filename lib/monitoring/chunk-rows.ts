import type { MonitorDataset } from './monitor-dataset'
import { reason, type Reason } from './reason'

export type Chunking = 'season' | 'month' | 'rows'

export interface RowChunk {
  key: string
  indices: number[]
}

export interface ChunkPlan {
  chunking: Chunking
  chunks: RowChunk[]
  /** why the plan differs from what was asked (no dates → row order), or rows left out */
  notes: Reason[]
}

/** NannyML's DefaultChunker splits into 10 chunks; row-order chunks here do the same. */
export const DEFAULT_ROW_CHUNKS = 10

/** "YYYY-MM" of a game_date cell: an ISO date string, or a number of milliseconds since 1970. */
export function monthOf(value: string | number | null | undefined): string | null {
  if (typeof value === 'string') return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : null
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(value).toISOString().slice(0, 7)
  }
  return null
}

function byKey(
  values: ArrayLike<string | number | null>,
  keyOf: (v: string | number | null) => string | null,
): { chunks: RowChunk[]; missing: number } {
  const groups = new Map<string, number[]>()
  let missing = 0
  for (let i = 0; i < values.length; i++) {
    const key = keyOf(values[i] ?? null)
    if (key === null) {
      missing++
      continue
    }
    let list = groups.get(key)
    if (!list) groups.set(key, (list = []))
    list.push(i)
  }
  const chunks = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, indices]) => ({ key, indices }))
  return { chunks, missing }
}

/** Fixed-size chunks in row order: `count` chunks (the last takes the remainder). */
export function rowOrderChunks(rows: number, count = DEFAULT_ROW_CHUNKS): RowChunk[] {
  const size = Math.max(1, Math.ceil(rows / count))
  const chunks: RowChunk[] = []
  for (let start = 0; start < rows; start += size) {
    const end = Math.min(rows, start + size)
    chunks.push({
      key: `rows ${start + 1}–${end}`,
      indices: Array.from({ length: end - start }, (_, k) => start + k),
    })
  }
  return chunks
}

/**
 * Splits a dataset's rows into chunks by season (the `season` column), by month of `game_date`,
 * or in row order. Without the column (or without a single usable value) the plan falls back to
 * 10 row-order chunks and says so; rows without a value are left out and counted in a note.
 */
export function chunkRows(dataset: MonitorDataset, chunking: Chunking): ChunkPlan {
  if (chunking === 'rows') {
    return { chunking, chunks: rowOrderChunks(dataset.rows), notes: [] }
  }
  const column = chunking === 'season' ? 'season' : 'game_date'
  const values = dataset.context[column]
  const keyOf =
    chunking === 'season'
      ? (v: string | number | null) => (v === null || v === '' ? null : String(v))
      : monthOf
  const grouped = values ? byKey(values, keyOf) : null
  if (!grouped || grouped.chunks.length === 0) {
    const why = reason(values ? 'chunks.noUsable' : 'chunks.noColumn', {
      column,
      file: dataset.file,
    })
    return {
      chunking: 'rows',
      chunks: rowOrderChunks(dataset.rows),
      notes: [
        reason('chunks.fallback', {
          why,
          chunking: reason(`chunking.${chunking}`),
          count: DEFAULT_ROW_CHUNKS,
        }),
      ],
    }
  }
  const notes = grouped.missing
    ? [
        reason('chunks.missing', {
          count: grouped.missing,
          file: dataset.file,
          column,
          chunking: reason(`chunking.${chunking}`),
        }),
      ]
    : []
  return { chunking, chunks: grouped.chunks, notes }
}

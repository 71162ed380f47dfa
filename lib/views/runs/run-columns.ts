import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'

/**
 * A runs-table column: a run attribute, `metrics.<key>` or `params.<key>` (MLflow's search
 * names, also used in the URL's `sort` and `columns`).
 */
export type RunColumn =
  | { kind: 'attribute'; key: RunAttribute }
  | { kind: 'metric'; key: string }
  | { kind: 'param'; key: string }

export type RunAttribute = 'name' | 'status' | 'start' | 'duration' | 'user'
export const RUN_ATTRIBUTES: readonly RunAttribute[] = [
  'name',
  'status',
  'start',
  'duration',
  'user',
]

export function columnId(column: RunColumn): string {
  if (column.kind === 'metric') return `metrics.${column.key}`
  if (column.kind === 'param') return `params.${column.key}`
  return column.key
}

/** Reads a column id; null when it is not one. */
export function parseColumnId(id: string): RunColumn | null {
  if (id.startsWith('metrics.') && id.length > 8) return { kind: 'metric', key: id.slice(8) }
  if (id.startsWith('params.') && id.length > 7) return { kind: 'param', key: id.slice(7) }
  return (RUN_ATTRIBUTES as readonly string[]).includes(id)
    ? { kind: 'attribute', key: id as RunAttribute }
    : null
}

/** The run's value in a column: a number, a string, or null when the run has none. */
export function columnValue(run: RunRecord, column: RunColumn): number | string | null {
  if (column.kind === 'metric') return run.metrics[column.key] ?? null
  if (column.kind === 'param') return run.params[column.key] ?? null
  switch (column.key) {
    case 'name':
      return run.name
    case 'status':
      return run.status
    case 'start':
      return run.startTime
    case 'duration':
      return run.durationMs
    case 'user':
      return run.user
  }
}

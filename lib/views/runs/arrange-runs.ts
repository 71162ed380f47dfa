import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'
import { compareRuns, type RunSort } from './sort-runs'

export interface RunRow {
  run: RunRecord
  /** 0 for a top-level run, 1 for its children, … */
  depth: number
  /** direct children among the rows passing the filter */
  childCount: number
}

/**
 * The table's rows: runs passing `keep`, sorted, each parent followed by its children (sorted
 * the same way, indented by depth) unless it is collapsed. A run whose parent is filtered out or
 * absent is shown at the top level; parent loops are broken rather than looping forever.
 */
export function arrangeRuns(
  runs: readonly RunRecord[],
  keep: (run: RunRecord) => boolean,
  sort: RunSort,
  collapsed: ReadonlySet<string> = new Set(),
): RunRow[] {
  const visible = runs.filter(keep)
  const ids = new Set(visible.map((run) => run.id))
  const children = new Map<string, RunRecord[]>()
  const roots: RunRecord[] = []
  for (const run of visible) {
    const parent = run.parentId
    if (parent && parent !== run.id && ids.has(parent)) {
      const list = children.get(parent) ?? []
      list.push(run)
      children.set(parent, list)
    } else {
      roots.push(run)
    }
  }
  const byColumn = (a: RunRecord, b: RunRecord) => compareRuns(a, b, sort)
  const rows: RunRow[] = []
  const placed = new Set<string>()
  const emit = (run: RunRecord, depth: number) => {
    if (placed.has(run.id)) return
    placed.add(run.id)
    const kids = (children.get(run.id) ?? []).filter((kid) => !placed.has(kid.id))
    rows.push({ run, depth, childCount: kids.length })
    if (collapsed.has(run.id)) {
      markPlaced(run.id)
      return
    }
    for (const kid of [...kids].sort(byColumn)) emit(kid, depth + 1)
  }
  const markPlaced = (id: string) => {
    for (const kid of children.get(id) ?? []) {
      if (placed.has(kid.id)) continue
      placed.add(kid.id)
      markPlaced(kid.id)
    }
  }
  for (const run of roots.sort(byColumn)) emit(run, 0)
  // runs in a parent loop have no root: show them at the top level
  for (const run of visible.filter((r) => !placed.has(r.id)).sort(byColumn)) emit(run, 0)
  return rows
}

import type { ParquetColumnInfo } from '@/lib/parquet/parquet-table'
import {
  CONTEXT_ALIASES,
  FEATURE_ALIASES,
  LABEL_NAMES,
  PROBABILITY_NAMES,
  TARGET_NAMES,
  isIndexColumn,
  normalizeColumnName,
} from './column-conventions'
import { CONTEXT_KEYS, FEATURE_KEYS, type ColumnMapping, type MappingOverride } from './types'

export interface MatchedColumns {
  mapping: ColumnMapping
  /** several columns matched one name (e.g. `lat` and `LAT`): which one was used */
  warnings: string[]
}

/**
 * Assigns each role the first column whose normalized name is in its list of names. A column
 * serves one role at most; pandas index columns serve none. Roles in `fixed` (a validated
 * mapping, column names exact) are taken as given, and their columns are not matched again.
 */
export function matchColumns(
  columns: readonly ParquetColumnInfo[],
  fixed: MappingOverride = {},
): MatchedColumns {
  const claimed = new Set(
    [fixed.target, fixed.probability, fixed.label]
      .concat(Object.values(fixed.features ?? {}), Object.values(fixed.context ?? {}))
      .filter((name) => typeof name === 'string'),
  )
  const byName = new Map<string, string[]>()
  for (const { name } of columns) {
    if (isIndexColumn(name) || claimed.has(name)) continue
    const key = normalizeColumnName(name)
    byName.set(key, [...(byName.get(key) ?? []), name])
  }
  const used = new Set<string>()
  const warnings: string[] = []

  const pick = (names: readonly string[]): string | null => {
    for (const wanted of names) {
      const candidates = (byName.get(wanted) ?? []).filter((name) => !used.has(name))
      if (candidates.length === 0) continue
      const chosen = candidates.find((name) => name === wanted) ?? candidates[0]!
      if (candidates.length > 1) {
        warnings.push(
          `several columns match "${wanted}" (${candidates.join(', ')}): using ${chosen}, ignoring the others`,
        )
      }
      candidates.forEach((name) => used.add(name))
      return chosen
    }
    return null
  }

  const target = fixed.target !== undefined ? fixed.target : pick(TARGET_NAMES)
  let probability = fixed.probability ?? null
  if (fixed.probability === undefined) {
    for (const entry of PROBABILITY_NAMES) {
      probability = pick(entry.names)
      if (probability) break
    }
  }
  const label = fixed.label !== undefined ? fixed.label : pick(LABEL_NAMES)
  const features: Record<string, string | null> = {}
  for (const key of FEATURE_KEYS) {
    const given = fixed.features?.[key]
    features[key] = given !== undefined ? given : pick(FEATURE_ALIASES[key])
  }
  const context: Record<string, string | null> = {}
  for (const key of CONTEXT_KEYS) {
    const given = fixed.context?.[key]
    context[key] = given !== undefined ? given : pick(CONTEXT_ALIASES[key])
  }
  return { mapping: { target, probability, label, features, context }, warnings }
}

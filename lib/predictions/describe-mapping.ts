import type { ParquetColumnInfo } from '@/lib/parquet/parquet-table'
import {
  FEATURE_ALIASES,
  TARGET_NAMES,
  isIndexColumn,
  normalizeColumnName,
  probabilityNamesFor,
} from './column-conventions'
import { CONTEXT_KEYS, FEATURE_KEYS, type ColumnMapping, type FeatureKey } from './types'

/** Where a role's column came from when a mapping chose it: role ("target", "features.lng") →
 * the mapping's name ("predictions.mapping.json", "mapping option"). */
export type MappingSources = Record<string, string>

export interface MappingDescription {
  detected: string[]
  missing: string[]
  warnings: string[]
}

/** Sentences for the report: what each role uses, what is ignored, what is missing and why
 * that matters to a user. */
export function describeMapping(
  columns: readonly ParquetColumnInfo[],
  mapping: ColumnMapping,
  sources: MappingSources = {},
): MappingDescription {
  const detected: string[] = []
  const warnings: string[] = []
  const from = (role: string) => (sources[role] ? `from ${sources[role]}` : null)
  const note = (...parts: (string | null)[]) => {
    const text = parts.filter(Boolean).join(', ')
    return text ? ` (${text})` : ''
  }

  if (mapping.target) {
    const alias =
      normalizeColumnName(mapping.target) === 'shot_made_flag' ? null : 'instead of shot_made_flag'
    detected.push(`target: ${mapping.target}${note(from('target') ?? alias)}`)
  }
  if (mapping.probability) {
    const names = probabilityNamesFor(mapping.probability)
    detected.push(
      `probability: ${mapping.probability}${note(from('probability'), names?.writer ?? null)}`,
    )
    if (names?.warnWithoutLabel && !mapping.label) {
      warnings.push(
        `${mapping.probability} has no predicted-label column beside it: read as P(made); if it is PyCaret's confidence of the predicted label, map the label column or set "probabilityConvention"`,
      )
    }
  }
  if (mapping.label) detected.push(`label: ${mapping.label}${note(from('label'))}`)

  for (const group of ['features', 'context'] as const) {
    const present = Object.entries(mapping[group]).flatMap(([key, column]) =>
      column
        ? [`${key}${note(column === key ? null : `column ${column}`, from(`${group}.${key}`))}`]
        : [],
    )
    if (present.length > 0) detected.push(`${group}: ${present.join(', ')}`)
  }

  const used = new Set<string>(
    [mapping.target, mapping.probability, mapping.label]
      .concat(Object.values(mapping.features), Object.values(mapping.context))
      .filter((name): name is string => name !== null),
  )
  const index = columns.filter((c) => isIndexColumn(c.name) && !used.has(c.name))
  if (index.length > 0) {
    detected.push(`ignored pandas index column: ${index.map((c) => c.name).join(', ')}`)
  }
  const unknown = columns.filter((c) => !used.has(c.name) && !isIndexColumn(c.name))
  if (unknown.length > 0) {
    const noun = unknown.length === 1 ? 'column' : 'columns'
    detected.push(
      `ignored ${unknown.length} ${noun} the model does not use: ${unknown.map((c) => c.name).join(', ')}`,
    )
  }
  return { detected, missing: describeMissing(mapping), warnings }
}

const FEATURE_WHY = 'its distribution and drift unavailable'

function describeMissing(mapping: ColumnMapping): string[] {
  const missing: string[] = []
  const has = (group: 'features' | 'context', key: string) => Boolean(mapping[group][key])
  if (!mapping.target) {
    missing.push(
      `no target column (looked for ${TARGET_NAMES.join(', ')}): performance metrics unavailable, only distributions and drift`,
    )
  }
  if (!mapping.probability && !mapping.label) {
    missing.push(
      'no prediction columns (neither a probability nor a predicted label): this file holds no model output, so performance metrics, ROC curve and threshold analysis are unavailable',
    )
  } else if (!mapping.probability) {
    missing.push('no probability column: ROC curve, log loss and threshold analysis unavailable')
  } else if (!mapping.label) {
    missing.push('no predicted-label column: labels come from the probability and the threshold')
  }
  for (const key of FEATURE_KEYS) {
    if (has('features', key)) continue
    const aliases = FEATURE_ALIASES[key as FeatureKey]
    const looked = aliases.length > 1 ? ` (looked for ${aliases.join(', ')})` : ''
    missing.push(`no ${key} column${looked}: ${FEATURE_WHY}`)
  }
  if (!has('context', 'loc_x') || !has('context', 'loc_y')) {
    missing.push(
      has('features', 'lat') && has('features', 'lng')
        ? 'no loc_x/loc_y: court map uses lat/lng'
        : 'no loc_x/loc_y nor lat/lng: court map unavailable',
    )
  }
  if (!has('context', 'shot_id')) {
    missing.push('no shot_id column: rows cannot be traced back to individual shots')
  }
  if (!has('context', 'game_date') && !has('context', 'season')) {
    missing.push('no game_date or season column: views over time unavailable')
  } else if (!has('context', 'game_date')) {
    missing.push('no game_date column: views over time use season')
  }
  const zones = CONTEXT_KEYS.filter((key) => key.startsWith('shot_zone_') && !has('context', key))
  if (zones.length > 0) {
    const noun = zones.length > 1 ? 'columns' : 'column'
    missing.push(`no ${zones.join(', ')} ${noun}: breakdown by shot zone unavailable`)
  }
  for (const key of ['action_type', 'opponent'] as const) {
    if (!has('context', key)) {
      missing.push(`no ${key} column: breakdown by ${key.replace('_', ' ')} unavailable`)
    }
  }
  return missing
}

import type { ParquetColumnInfo } from '@/lib/parquet/parquet-table'
import { conventionFromName, normalizeColumnName } from './column-conventions'
import { describeMapping, type MappingDescription, type MappingSources } from './describe-mapping'
import { matchColumns } from './match-columns'
import { parseMappingJson, parseMappingOverride } from './parse-mapping-override'
import { MappingError } from './predictions-errors'
import type {
  ColumnMapping,
  LoadPredictionsOptions,
  MappingOverride,
  ProbabilityConvention,
} from './types'

export interface ResolvedMapping extends MappingDescription {
  mapping: ColumnMapping
  /** forced by a mapping or implied by the column name; null = the values decide */
  convention: ProbabilityConvention | null
  /** the mapping that forced the convention, if one did */
  conventionSource: string | null
}

/**
 * Detection, then the mapping file, then the caller's mapping: each later one wins, role by
 * role. Every column a mapping names must exist in the file (matched case-insensitively).
 */
export function resolveMapping(
  columns: readonly ParquetColumnInfo[],
  file: string,
  options: LoadPredictionsOptions = {},
): ResolvedMapping {
  const overrides: { source: string; override: MappingOverride }[] = []
  if (options.mappingFile) {
    const { path, text } = options.mappingFile
    overrides.push({ source: path, override: parseMappingJson(text, path) })
  }
  if (options.mapping || options.probabilityConvention) {
    const source = options.mappingSource ?? 'mapping option'
    const given = { ...options.mapping }
    if (options.probabilityConvention) {
      Object.assign(given, { probabilityConvention: options.probabilityConvention })
    }
    overrides.push({ source, override: parseMappingOverride(given, source) })
  }

  const fixed: MappingOverride = {}
  const sources: MappingSources = {}
  let convention: ProbabilityConvention | null = null
  let conventionSource: string | null = null
  for (const { source, override } of overrides) {
    const resolve = (key: string, value: string | null) => {
      sources[key] = source
      return value === null ? null : findColumn(columns, value, key, source, file)
    }
    for (const role of ['target', 'probability', 'label'] as const) {
      const value = override[role]
      if (value !== undefined) fixed[role] = resolve(role, value)
    }
    for (const group of ['features', 'context'] as const) {
      for (const [key, value] of Object.entries(override[group] ?? {})) {
        fixed[group] = { ...fixed[group], [key]: resolve(`${group}.${key}`, value) }
      }
    }
    if (override.probabilityConvention) {
      convention = override.probabilityConvention
      conventionSource = source
    }
  }
  assertDistinct(fixed, sources)

  const matched = matchColumns(columns, fixed)
  const { mapping } = matched
  const description = describeMapping(columns, mapping, sources)
  const warnings = [...matched.warnings, ...description.warnings]
  if (convention && conventionSource && !mapping.probability) {
    warnings.push(`"probabilityConvention" in ${conventionSource} ignored: no probability column`)
  }
  if (convention === 'confidence_of_predicted_label' && conventionSource && !mapping.label) {
    throw new MappingError(
      conventionSource,
      'probabilityConvention',
      `"probabilityConvention" is "confidence_of_predicted_label", which needs a predicted-label column: map one with "label"`,
    )
  }
  return {
    ...description,
    warnings,
    mapping,
    convention: convention ?? conventionFromName(mapping.probability, mapping.label),
    conventionSource: mapping.probability ? conventionSource : null,
  }
}

function findColumn(
  columns: readonly ParquetColumnInfo[],
  wanted: string,
  key: string,
  source: string,
  file: string,
): string {
  if (columns.some((c) => c.name === wanted)) return wanted
  const loose = columns.filter((c) => normalizeColumnName(c.name) === normalizeColumnName(wanted))
  if (loose.length === 1) return loose[0]!.name
  const names = columns.map((c) => c.name)
  const list = names.length > 30 ? `${names.slice(0, 30).join(', ')}, …` : names.join(', ')
  throw new MappingError(
    source,
    key,
    `"${key}" is "${wanted}", which is not a column of ${file} (its columns: ${list})`,
  )
}

function assertDistinct(fixed: MappingOverride, sources: MappingSources): void {
  const roles: [string, string | null | undefined][] = [
    ['target', fixed.target],
    ['probability', fixed.probability],
    ['label', fixed.label],
    ...Object.entries(fixed.features ?? {}).map(([k, v]): [string, string | null] => [
      `features.${k}`,
      v,
    ]),
    ...Object.entries(fixed.context ?? {}).map(([k, v]): [string, string | null] => [
      `context.${k}`,
      v,
    ]),
  ]
  const seen = new Map<string, string>()
  for (const [role, column] of roles) {
    if (!column) continue
    const other = seen.get(column)
    if (other) {
      throw new MappingError(
        sources[role] ?? 'mapping',
        role,
        `"${other}" and "${role}" both name column "${column}": a column plays one role`,
      )
    }
    seen.set(column, role)
  }
}

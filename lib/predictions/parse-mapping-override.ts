import { MappingError } from './predictions-errors'
import {
  CONTEXT_KEYS,
  FEATURE_KEYS,
  PROBABILITY_CONVENTIONS,
  type MappingOverride,
  type ProbabilityConvention,
} from './types'

const TOP_KEYS = ['target', 'probability', 'label', 'features', 'context', 'probabilityConvention']
const EXAMPLE = '{"target": "y", "probability": "p1", "features": {"lng": "longitude"}}'

/** Parses the text of a mapping file (e.g. predictions.mapping.json) and checks its shape. A
 * byte-order mark (Windows Notepad writes one) is ignored. */
export function parseMappingJson(text: string, source: string): MappingOverride {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new MappingError(source, '', `not valid JSON: ${(error as Error).message}`)
  }
  return parseMappingOverride(value, source)
}

/**
 * Checks the shape of a mapping (from a file or a caller): known keys only, column names as
 * strings or null, a known probabilityConvention. Whether the columns exist is checked later,
 * against the data file.
 */
export function parseMappingOverride(value: unknown, source: string): MappingOverride {
  if (!isObject(value)) {
    throw new MappingError(source, '', `expected a JSON object like ${EXAMPLE}, got ${show(value)}`)
  }
  const override: MappingOverride = {}
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined) continue
    if (key === 'target' || key === 'probability' || key === 'label') {
      override[key] = columnName(entry, key, source)
    } else if (key === 'features' || key === 'context') {
      override[key] = roleGroup(entry, key, source)
    } else if (key === 'probabilityConvention') {
      if (!PROBABILITY_CONVENTIONS.includes(entry as ProbabilityConvention)) {
        throw new MappingError(
          source,
          key,
          `"probabilityConvention" is ${show(entry)}; expected one of ${PROBABILITY_CONVENTIONS.join(', ')}`,
        )
      }
      override.probabilityConvention = entry as ProbabilityConvention
    } else {
      throw new MappingError(source, key, `unknown key "${key}" (allowed: ${TOP_KEYS.join(', ')})`)
    }
  }
  return override
}

function roleGroup(value: unknown, group: 'features' | 'context', source: string) {
  const allowed: readonly string[] = group === 'features' ? FEATURE_KEYS : CONTEXT_KEYS
  if (!isObject(value)) {
    throw new MappingError(
      source,
      group,
      `"${group}" must be an object from our name to your column, like {"${allowed[1]}": "your_column"}; got ${show(value)}`,
    )
  }
  const result: Record<string, string | null> = {}
  for (const [key, entry] of Object.entries(value)) {
    if (!allowed.includes(key)) {
      throw new MappingError(
        source,
        `${group}.${key}`,
        `unknown key "${group}.${key}" (allowed: ${allowed.join(', ')}; keys are our names, values your columns)`,
      )
    }
    result[key] = columnName(entry, `${group}.${key}`, source)
  }
  return result
}

function columnName(value: unknown, key: string, source: string): string | null {
  if (value === null || (typeof value === 'string' && value.length > 0)) return value
  throw new MappingError(source, key, `"${key}" must be a column name or null, got ${show(value)}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value)
}

import { showValue } from '../model/model-json-error'
import { numberFromJson } from '../tracking/json-non-finite'
import { SiteFileError } from './site-file-error'

/** A site file as fetched (bytes) or read in a test (text). */
export type SiteFileInput = string | Uint8Array

/** Reads a shipped file back from the bytes the browser fetched (useSiteFile's `parse`). */
export type SiteFileParser<T> = (bytes: Uint8Array, file: string) => T | Promise<T>

export function siteFileText(input: SiteFileInput): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input)
}

/** The text of a site file as it is (an artifact copy, an MLmodel file). */
export const parseText: SiteFileParser<string> = (input) => siteFileText(input)

/**
 * Parses a JSON site file: JSON, an object, the `version` this page reads. Every failure is one
 * SiteFileError naming the file and what was found.
 */
export function parseSiteJson(
  input: SiteFileInput,
  file: string,
  version: number,
): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(siteFileText(input))
  } catch (error) {
    throw new SiteFileError(file, `not JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SiteFileError(file, `not a JSON object (${showValue(value)})`)
  }
  const object = value as Record<string, unknown>
  if (object.version !== version) {
    throw new SiteFileError(
      file,
      `version ${showValue(object.version)}, this page reads version ${version}: rebuild the site (npm run build)`,
    )
  }
  return object
}

/** Throws a SiteFileError unless `object[field]` is of `kind` (null allowed when `nullable`). */
export function expectField(
  object: Record<string, unknown>,
  field: string,
  kind: 'object' | 'array' | 'string' | 'number',
  file: string,
  nullable = false,
): void {
  const value = object[field]
  if (nullable && value === null) return
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value
  if (actual !== kind) {
    throw new SiteFileError(
      file,
      `field "${field}" must be ${nullable ? `null or ` : ''}${kind === 'array' ? 'a list' : `a${kind === 'object' ? 'n' : ''} ${kind}`}, got ${showValue(value)}: rebuild the site (npm run build)`,
    )
  }
}

/**
 * Turns the strings "NaN", "Infinity" and "-Infinity" the writer used (JSON has no such
 * numbers) back into numbers, in place: in the given fields of `object`, or, when none are
 * named, in every field and every nested object and list. Other values are left as they are.
 */
export function reviveNumbers(object: Record<string, unknown>, fields?: readonly string[]): void {
  for (const key of fields ?? Object.keys(object)) {
    const value = object[key]
    if (typeof value === 'string') {
      const number = numberFromJson(value)
      if (number !== null && !Number.isFinite(number)) object[key] = number
    } else if (!fields && typeof value === 'object' && value !== null) {
      reviveNumbers(value as Record<string, unknown>)
    }
  }
}

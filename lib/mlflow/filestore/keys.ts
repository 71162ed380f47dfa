import { FileStoreWriteError } from './write-error'

/** MLflow's `MAX_ENTITY_KEY_LENGTH`. */
export const MAX_KEY_LENGTH = 250
/** MLflow's `MAX_PARAM_VAL_LENGTH` and `MAX_TAG_VAL_LENGTH`. */
export const MAX_PARAM_VALUE_LENGTH = 6000
export const MAX_TAG_VALUE_LENGTH = 8000

export type KeyKind = 'metric' | 'param' | 'tag'

/**
 * `^[/\w.\- :]*$` with Python's Unicode `\w` (letters, numbers, underscore). Like MLflow, no
 * colon on Windows, where `tags/a:b` would write an NTFS alternate data stream.
 */
const VALID_KEY_RE =
  process.platform === 'win32' ? /^[/\p{L}\p{N}_.\- ]*$/u : /^[/\p{L}\p{N}_.\- :]*$/u

/**
 * True when a key would be read back as a different key once used as a file path (MLflow's
 * `path_not_unique`: `posixpath.normpath(key) != key`, or it is `.`, starts with `..` or `/`).
 */
export function keyPathIsNotUnique(key: string): boolean {
  if (key === '' || key.startsWith('..') || key.startsWith('/')) return true
  return key.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
}

/**
 * Throws FileStoreWriteError naming the key unless MLflow's `_validate_metric_name` /
 * `_validate_param_name` / `_validate_tag_name` would accept it. Keys with `/` are valid and are
 * stored as nested folders.
 */
export function validateKey(kind: KeyKind, key: string): void {
  if (typeof key !== 'string' || !VALID_KEY_RE.test(key)) {
    throw new FileStoreWriteError(
      `Invalid ${kind} name "${String(key)}": names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colons (:) and slashes (/)`,
    )
  }
  if (keyPathIsNotUnique(key)) {
    throw new FileStoreWriteError(
      `Invalid ${kind} name "${key}": names are used as file paths and must not be empty, start with "/" or "..", or contain "//", "./" or "../"`,
    )
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw new FileStoreWriteError(
      `Invalid ${kind} name "${key.slice(0, 40)}…": ${key.length} characters, at most ${MAX_KEY_LENGTH} allowed`,
    )
  }
}

/** Throws FileStoreWriteError naming the key when a param or tag value is too long for MLflow. */
export function validateValueLength(kind: 'param' | 'tag', key: string, value: string): void {
  const max = kind === 'param' ? MAX_PARAM_VALUE_LENGTH : MAX_TAG_VALUE_LENGTH
  if (value.length > max) {
    throw new FileStoreWriteError(
      `Value of ${kind} "${key}" is ${value.length} characters long; MLflow allows at most ${max}`,
    )
  }
}

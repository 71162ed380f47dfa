import { parseDocument, type Tags } from 'yaml'
import { PYYAML_SCALAR_TAGS } from './mlflow-yaml-schema'

/** A YAML file MLflow wrote could not be read; the message names the file and what is wrong. */
export class MlflowYamlError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`)
    this.name = 'MlflowYamlError'
  }
}

const withPyYamlTags = (tags: Tags): Tags => [...tags, ...PYYAML_SCALAR_TAGS]

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'string' ? `the text "${value.slice(0, 40)}"` : `a ${typeof value}`
}

/**
 * Parses a YAML mapping the way MLflow's `read_yaml` (PyYAML SafeLoader) does: YAML 1.1 scalars,
 * duplicate keys allowed (last wins), large ints kept exact as bigint. Throws MlflowYamlError
 * naming the file on a syntax error, an empty file or a top level that is not a mapping.
 */
export function parseMlflowYaml(text: string, file: string): Record<string, unknown> {
  if (text.trim() === '') throw new MlflowYamlError(file, 'the file is empty')
  let value: unknown
  try {
    const doc = parseDocument(text, {
      version: '1.1',
      schema: 'failsafe',
      customTags: withPyYamlTags,
      uniqueKeys: false,
      prettyErrors: false,
    })
    const error = doc.errors[0]
    if (error) throw error
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (cause) {
    const message = (cause as Error).message.split('\n')[0]
    throw new MlflowYamlError(file, `invalid YAML (${message})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new MlflowYamlError(
      file,
      `expected a mapping of keys to values, found ${describe(value)}`,
    )
  }
  return value as Record<string, unknown>
}

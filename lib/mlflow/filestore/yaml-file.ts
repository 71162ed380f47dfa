import type { FileStoreFs } from './fs'
import { MlflowYamlError, parseMlflowYaml } from '../mlflow-yaml-read'

/**
 * A `meta.yaml` read as a mapping. Undefined when the file is absent (nothing logged, the caller
 * decides whether that matters); null when it exists but cannot be read or parsed (logged).
 */
export async function readYamlMapping(
  fs: FileStoreFs,
  file: string,
): Promise<Record<string, unknown> | null | undefined> {
  const text = await fs.readText(file)
  if (text === undefined || text === null) return text
  try {
    return parseMlflowYaml(text, file)
  } catch (error) {
    const message =
      error instanceof MlflowYamlError ? error.message.slice(file.length + 2) : String(error)
    fs.log.add(file, message)
    return null
  }
}

import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { nonFiniteAsString } from '../../tracking/json-non-finite'

/**
 * Writes `value` as JSON (NaN and ±Infinity as "NaN", "Infinity", "-Infinity") through a
 * temporary file renamed over the target, so a reader never sees half a file.
 */
export async function writeJsonFile(path: string, value: unknown): Promise<number> {
  await mkdir(dirname(path), { recursive: true })
  const text = JSON.stringify(value, nonFiniteAsString)
  const temp = `${path}.tmp-${process.pid}`
  await writeFile(temp, text)
  await rename(temp, path)
  return Buffer.byteLength(text)
}

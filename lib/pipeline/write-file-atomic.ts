import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes to a temporary file beside the target, then renames it over the target: a reader (or
 * an interrupted run) sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(target: string, content: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true })
  const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temp, content)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `content` to a hidden temporary file then renames it over `file`, so a reader never sees
 * a half-written file. The temporary file sits in `tempFolder` (default: beside the target),
 * which must be on the same file system; pass a folder that readers do not scan for keys.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array,
  tempFolder = dirname(file),
): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = join(
    tempFolder,
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temp, content)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

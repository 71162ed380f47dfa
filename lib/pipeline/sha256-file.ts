import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function sha256File(path: string): Promise<string> {
  return sha256Hex(await readFile(path))
}

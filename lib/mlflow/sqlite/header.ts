import { open } from 'node:fs/promises'

/** Every SQLite 3 database file starts with these 16 bytes. */
export const SQLITE_MAGIC = 'SQLite format 3\u0000'

/**
 * The smallest SQLite database holding a table: one page, and a page is at least 512 bytes (the
 * 100-byte header lives in the first page). A smaller file is not a store, whatever its bytes.
 */
export const SQLITE_MIN_BYTES = 512

/** True when the bytes start with the SQLite 3 magic header. */
export function hasSqliteMagic(bytes: Uint8Array): boolean {
  if (bytes.length < SQLITE_MAGIC.length) return false
  for (let i = 0; i < SQLITE_MAGIC.length; i++) {
    if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false
  }
  return true
}

/**
 * True when the header says write-ahead-log mode (file format bytes 18 and 19 equal 2). Such a
 * file can only be opened in memory once those bytes are set back to 1 (rollback journal).
 */
export function isWalMode(bytes: Uint8Array): boolean {
  return bytes.length >= 20 && (bytes[18] === 2 || bytes[19] === 2)
}

/** Reads the first 16 bytes of a regular file and tells whether it is a SQLite database. */
export async function isSqliteFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = new Uint8Array(SQLITE_MAGIC.length)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return bytesRead === head.length && hasSqliteMagic(head)
  } finally {
    await handle.close()
  }
}

import { readdir, readFile, stat, type Dirent, type Stats } from 'node:fs'
import { join } from 'node:path'
import type { ProblemLog } from '../../tracking/problem-log'
import type { Limiter } from './limiter'
import { NotUtf8Error, readTextFile } from './read-text'

export type EntryKind = 'dir' | 'file'

export interface FolderEntry {
  name: string
  kind: EntryKind
  /** reached through a symbolic link (key folders do not descend into linked folders) */
  symlink: boolean
}

// The callback API costs about half of fs/promises per call (no FileHandle objects), which
// matters when listing a thousand runs means reading tens of thousands of small files.
const statAsync = (path: string) =>
  new Promise<Stats>((resolve, reject) =>
    stat(path, (error, info) => (error ? reject(error) : resolve(info))),
  )
const readdirAsync = (path: string) =>
  new Promise<Dirent[]>((resolve, reject) =>
    readdir(path, { withFileTypes: true }, (error, entries) =>
      error ? reject(error) : resolve(entries),
    ),
  )
const readFileAsync = (path: string) =>
  new Promise<Buffer>((resolve, reject) =>
    readFile(path, (error, bytes) => (error ? reject(error) : resolve(bytes))),
  )

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/**
 * File access for the FileStore reader: every call goes through one concurrency limiter, and
 * every failure other than "not there" becomes a problem naming the path instead of an exception.
 */
export class FileStoreFs {
  constructor(
    private readonly limit: Limiter,
    readonly log: ProblemLog,
  ) {}

  /** Kind and size of an existing path (symlinks followed), or null when it does not exist. */
  async info(path: string): Promise<{ kind: EntryKind; size: number } | null> {
    try {
      const info = await this.limit(() => statAsync(path))
      // sockets, pipes and devices are neither: never open them (a FIFO would block)
      if (!info.isDirectory() && !info.isFile()) return null
      return { kind: info.isDirectory() ? 'dir' : 'file', size: info.size }
    } catch {
      return null
    }
  }

  /** Kind of an existing path (symlinks followed), or null when it does not exist. */
  async kind(path: string): Promise<EntryKind | null> {
    return (await this.info(path))?.kind ?? null
  }

  private async entryKind(folder: string, entry: Dirent): Promise<EntryKind | null> {
    if (entry.isDirectory()) return 'dir'
    if (entry.isFile()) return 'file'
    return entry.isSymbolicLink() ? this.kind(join(folder, entry.name)) : null
  }

  /**
   * Entries of a folder, sorted by name. Undefined when the folder does not exist (nothing
   * logged); null when it cannot be listed, e.g. a file sits where a folder is expected (logged).
   */
  async listFolder(folder: string): Promise<FolderEntry[] | null | undefined> {
    let entries: Dirent[]
    try {
      entries = await this.limit(() => readdirAsync(folder))
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT') return undefined
      const message =
        code === 'ENOTDIR'
          ? 'expected a folder, found a file'
          : `cannot list folder (${(error as Error).message})`
      this.log.add(folder, message)
      return null
    }
    const listed: FolderEntry[] = []
    for (const entry of entries) {
      const kind = await this.entryKind(folder, entry)
      if (kind) listed.push({ name: entry.name, kind, symlink: entry.isSymbolicLink() })
    }
    return listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  /** Bytes of a file; undefined when absent (nothing logged), null when unreadable (logged). */
  async readBytes(file: string): Promise<Buffer | null | undefined> {
    try {
      return await this.limit(() => readFileAsync(file))
    } catch (error) {
      return this.unreadable(file, error)
    }
  }

  private unreadable(file: string, error: unknown): null | undefined {
    const code = errorCode(error)
    if (code === 'ENOENT') return undefined
    const message =
      code === 'EISDIR'
        ? 'expected a file, found a folder'
        : `cannot read file (${(error as Error).message})`
    this.log.add(file, message)
    return null
  }

  /** UTF-8 text of a file; undefined when absent, null when unreadable or not UTF-8 (logged). */
  async readText(file: string): Promise<string | null | undefined> {
    try {
      return await this.limit(() => readTextFile(file))
    } catch (error) {
      if (error instanceof NotUtf8Error) {
        this.log.add(file, 'not UTF-8 text (binary content?)')
        return null
      }
      return this.unreadable(file, error)
    }
  }
}

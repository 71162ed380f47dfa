/** What a user's file is to the volume: its size, and its bytes when asked (a browser File). */
export interface BlobLike {
  readonly size: number
  arrayBuffer(): Promise<ArrayBuffer>
  slice(start?: number, end?: number): BlobLike
}

/** One file given to the volume, by its absolute POSIX path (`/my-project/mlruns/0/meta.yaml`). */
export interface VolumeFile {
  path: string
  blob: BlobLike
}

/** An error as node:fs would raise it (`code` ENOENT, ENOTDIR, EISDIR, EROFS), naming the path. */
export class VolumeError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EROFS',
    readonly path: string,
    syscall: string,
  ) {
    const text = {
      ENOENT: 'no such file or directory',
      ENOTDIR: 'not a directory',
      EISDIR: 'illegal operation on a directory',
      EROFS: 'read-only file system',
    }[code]
    super(`${code}: ${text}, ${syscall} '${path}'`)
    this.name = 'VolumeError'
  }
}

type FileNode = { kind: 'file'; blob: BlobLike; bytes?: Promise<Uint8Array> }
type Node = FileNode | { kind: 'dir'; entries: Map<string, Node> }

/** How the volume reads small files ahead (see MemoryVolume's constructor). */
export interface PrefetchOptions {
  /** files of at most this many bytes are read ahead (0: none) */
  below: number
  /** at most this many bytes in all */
  total: number
  /** reads in flight at once */
  concurrency: number
}

/** Small files read ahead, 32 at a time: a FileStore of 600 runs is ~10,000 files of a few bytes. */
export const DEFAULT_PREFETCH: PrefetchOptions = {
  below: 256 * 1024,
  total: 128 * 1024 * 1024,
  concurrency: 32,
}

const load = (node: FileNode) =>
  (node.bytes ??= node.blob.arrayBuffer().then((buffer) => new Uint8Array(buffer)))

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.')
}

/**
 * A read-only tree of the user's files in memory, for the readers written against node:fs
 * (lib/virtual-fs/node-*.ts bind node:fs to it in the page's worker). Bytes are read from the
 * blob only when a reader asks (a large file only the ranges asked for), so opening a folder
 * costs nothing until it is read. With `prefetch`, small files (meta.yaml, params, tags, metric
 * files) are also read ahead, many at once, and kept: a browser File read is an asynchronous
 * round trip of about a millisecond, and the store readers read one file after another.
 */
export class MemoryVolume {
  private readonly root: Node & { kind: 'dir' } = { kind: 'dir', entries: new Map() }
  /** files up to this size are read whole and kept (0: no read-ahead) */
  private readonly prefetchBelow: number

  constructor(files: readonly VolumeFile[], prefetch?: PrefetchOptions) {
    const nodes = files.map((file) => this.add(file))
    this.prefetchBelow = prefetch?.below ?? 0
    if (prefetch) this.prefetch(nodes, prefetch)
  }

  private prefetch(nodes: (FileNode | null)[], { below, total, concurrency }: PrefetchOptions) {
    const small: FileNode[] = []
    let bytes = 0
    for (const node of nodes) {
      if (!node || node.blob.size > below || bytes + node.blob.size > total) continue
      small.push(node)
      bytes += node.blob.size
    }
    let next = 0
    const lane = async (): Promise<void> => {
      while (next < small.length) {
        // a failed read is the reader's to report, when it asks
        await load(small[next++]!).catch(() => {})
      }
    }
    for (let i = 0; i < concurrency; i++) void lane()
  }

  private add({ path, blob }: VolumeFile): FileNode | null {
    const parts = segments(path)
    const name = parts.pop()
    if (name === undefined) return null
    let dir = this.root
    for (const part of parts) {
      let next = dir.entries.get(part)
      if (!next || next.kind !== 'dir')
        dir.entries.set(part, (next = { kind: 'dir', entries: new Map() }))
      dir = next
    }
    const node: FileNode = { kind: 'file', blob }
    dir.entries.set(name, node)
    return node
  }

  private find(path: string, syscall: string): Node {
    let node: Node = this.root
    for (const part of segments(path)) {
      if (part === '..') throw new VolumeError('ENOENT', path, syscall)
      if (node.kind !== 'dir') throw new VolumeError('ENOTDIR', path, syscall)
      const next = node.entries.get(part)
      if (!next) throw new VolumeError('ENOENT', path, syscall)
      node = next
    }
    return node
  }

  /** Kind and size of a path; throws ENOENT when absent. */
  stat(path: string): { kind: 'file' | 'dir'; size: number } {
    const node = this.find(path, 'stat')
    return node.kind === 'file' ? { kind: 'file', size: node.blob.size } : { kind: 'dir', size: 0 }
  }

  /** Names and kinds in a folder, sorted by name. */
  list(path: string): { name: string; kind: 'file' | 'dir' }[] {
    const node = this.find(path, 'scandir')
    if (node.kind !== 'dir') throw new VolumeError('ENOTDIR', path, 'scandir')
    return [...node.entries]
      .map(([name, entry]) => ({ name, kind: entry.kind }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  /** The bytes of a file, or of `[start, end)` of it (a header check reads 16 bytes, not 200 MB). */
  async read(path: string, start?: number, end?: number): Promise<Uint8Array> {
    const node = this.find(path, 'open')
    if (node.kind !== 'file') throw new VolumeError('EISDIR', path, 'read')
    // a file read ahead: a copy of the kept bytes (the caller may keep or transfer its own); a
    // small file not read yet is read once, for this reader and the read-ahead alike
    if (node.bytes || (this.prefetchBelow > 0 && node.blob.size <= this.prefetchBelow))
      return (await load(node)).slice(start ?? 0, end)
    const blob = start === undefined ? node.blob : node.blob.slice(start, end)
    return new Uint8Array(await blob.arrayBuffer())
  }
}

let mounted: MemoryVolume | null = null

/** Makes `volume` the file system the node:fs stand-ins read (one per worker). */
export function mountVolume(volume: MemoryVolume): void {
  mounted = volume
}

/** The mounted volume; an empty one before anything is mounted. */
export function mountedVolume(): MemoryVolume {
  return (mounted ??= new MemoryVolume([]))
}

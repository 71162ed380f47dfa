/**
 * node:fs/promises for the page's worker (the worker's bundle aliases node:fs/promises here):
 * the reads the build's readers make, over the mounted MemoryVolume; writes fail with EROFS.
 */
import { mountedVolume, VolumeError } from './memory-volume'

type Encoding = string | { encoding?: string | null } | undefined | null

const encodingOf = (options: Encoding) =>
  typeof options === 'string' ? options : (options?.encoding ?? null)

/** Bytes as node:fs returns them: a Buffer where the bundle provides one. */
export function asBuffer(bytes: Uint8Array): Uint8Array {
  const B = (globalThis as { Buffer?: { from(b: ArrayBuffer, o: number, l: number): Uint8Array } })
    .Buffer
  return B ? B.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength) : bytes
}

export class VolumeStats {
  readonly mtimeMs = 0
  readonly mtime = new Date(0)
  constructor(
    private readonly kind: 'file' | 'dir',
    readonly size: number,
  ) {}
  isFile() {
    return this.kind === 'file'
  }
  isDirectory() {
    return this.kind === 'dir'
  }
  isSymbolicLink() {
    return false
  }
}

export class VolumeDirent {
  constructor(
    readonly name: string,
    readonly parentPath: string,
    private readonly kind: 'file' | 'dir',
  ) {}
  isFile() {
    return this.kind === 'file'
  }
  isDirectory() {
    return this.kind === 'dir'
  }
  isSymbolicLink() {
    return false
  }
}

const text = (path: unknown) => String(path)

export async function stat(path: unknown): Promise<VolumeStats> {
  const info = mountedVolume().stat(text(path))
  return new VolumeStats(info.kind, info.size)
}
export const lstat = stat

export async function readdir(
  path: unknown,
  options?: { withFileTypes?: boolean },
): Promise<(string | VolumeDirent)[]> {
  const entries = mountedVolume().list(text(path))
  return options?.withFileTypes
    ? entries.map((e) => new VolumeDirent(e.name, text(path), e.kind))
    : entries.map((e) => e.name)
}

export async function readFile(path: unknown, options?: Encoding): Promise<string | Uint8Array> {
  const bytes = await mountedVolume().read(text(path))
  const encoding = encodingOf(options)
  return encoding ? new TextDecoder().decode(bytes) : asBuffer(bytes)
}

export async function realpath(path: unknown): Promise<string> {
  mountedVolume().stat(text(path))
  return text(path)
}

export async function access(path: unknown): Promise<void> {
  mountedVolume().stat(text(path))
}

/** A FileHandle reading the ranges asked for from the file's blob. */
export async function open(path: unknown) {
  const file = text(path)
  const info = mountedVolume().stat(file)
  if (info.kind !== 'file') throw new VolumeError('EISDIR', file, 'open')
  return {
    async read(buffer: Uint8Array, offset: number, length: number, position: number | null) {
      const from = position ?? 0
      const chunk = await mountedVolume().read(file, from, Math.min(info.size, from + length))
      buffer.set(chunk, offset)
      return { bytesRead: chunk.length, buffer }
    },
    async stat() {
      return new VolumeStats('file', info.size)
    },
    async close() {},
  }
}

const readOnly = (syscall: string) =>
  async function (path: unknown): Promise<never> {
    throw new VolumeError('EROFS', text(path), syscall)
  }
export const writeFile = readOnly('write')
export const appendFile = readOnly('write')
export const mkdir = readOnly('mkdir')
export const rename = readOnly('rename')
export const rm = readOnly('rm')
export const copyFile = readOnly('copyfile')
export const mkdtemp = readOnly('mkdtemp')

const fsPromises = {
  stat,
  lstat,
  readdir,
  readFile,
  realpath,
  access,
  open,
  writeFile,
  appendFile,
  mkdir,
  rename,
  rm,
  copyFile,
  mkdtemp,
}
export default fsPromises

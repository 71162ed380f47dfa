/**
 * node:fs (callback API) for the page's worker, over the mounted MemoryVolume: what
 * lib/mlflow/filestore-fs.ts and filestore-read-text.ts call. See node-fs-promises.ts.
 */
import { mountedVolume } from './memory-volume'
import * as promises from './node-fs-promises'

type Callback<T> = (error: Error | null, value?: T) => void

function settle<T>(work: () => Promise<T>, callback: Callback<T>) {
  work().then(
    (value) => callback(null, value),
    (error: Error) => callback(error),
  )
}

export const constants = { O_RDONLY: 0, O_NONBLOCK: 0 }

export function stat(path: unknown, callback: Callback<promises.VolumeStats>) {
  settle(() => promises.stat(path), callback)
}

export function readdir(path: unknown, options: unknown, callback?: Callback<unknown[]>) {
  const done = (callback ?? options) as Callback<unknown[]>
  const opts = callback ? (options as { withFileTypes?: boolean }) : undefined
  settle(() => promises.readdir(path, opts), done)
}

export function readFile(path: unknown, options: unknown, callback?: Callback<unknown>) {
  const done = (callback ?? options) as Callback<unknown>
  const opts = callback ? (options as string) : undefined
  settle(() => promises.readFile(path, opts), done)
}

// descriptors: the whole file read on open, then served from memory
const openFiles = new Map<number, { bytes: Uint8Array; position: number }>()
let nextFd = 3

export function open(path: unknown, _flags: unknown, callback: Callback<number>) {
  settle(async () => {
    const bytes = await mountedVolume().read(String(path))
    const fd = nextFd++
    openFiles.set(fd, { bytes, position: 0 })
    return fd
  }, callback)
}

export function read(
  fd: number,
  buffer: Uint8Array,
  offset: number,
  length: number,
  position: number | null,
  callback: Callback<number>,
) {
  settle(async () => {
    const file = openFiles.get(fd)
    if (!file) throw new Error(`EBADF: bad file descriptor, read`)
    // position null: read on from where the last read stopped, as node:fs does
    const from = position ?? file.position
    const chunk = file.bytes.subarray(from, Math.min(file.bytes.length, from + length))
    buffer.set(chunk, offset)
    if (position === null) file.position = from + chunk.length
    return chunk.length
  }, callback)
}

export function close(fd: number, callback: Callback<void>) {
  openFiles.delete(fd)
  callback(null)
}

export function existsSync(path: unknown): boolean {
  try {
    mountedVolume().stat(String(path))
    return true
  } catch {
    return false
  }
}

export { promises }
const fs = { constants, stat, readdir, readFile, open, read, close, existsSync, promises }
export default fs

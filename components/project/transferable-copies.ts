// Runs in the project worker: site files posted to the page without the page copying them.

/**
 * The files as [name, bytes] entries for a postMessage, each in an ArrayBuffer of its own, and
 * those buffers as the transfer list: the page takes the buffers as they are instead of
 * structured-cloning every byte on its main thread. The copies are made here, in the worker (a
 * structured clone copies them here too), so `files` keeps its bytes: the build goes on with
 * them, and a file's bytes may be a view into a larger buffer it does not own.
 */
export function transferableCopies(files: Iterable<readonly [string, Uint8Array]>): {
  entries: [string, Uint8Array][]
  transfer: ArrayBuffer[]
} {
  const entries: [string, Uint8Array][] = []
  const transfer: ArrayBuffer[] = []
  for (const [name, bytes] of files) {
    const copy = bytes.slice()
    entries.push([name, copy])
    transfer.push(copy.buffer)
  }
  return { entries, transfer }
}

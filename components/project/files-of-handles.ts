// Runs in the project worker: the files under File System Access handles, read there so the
// page's main thread does nothing per file.

/** A file found under the handles, with its path inside the opened folder. */
export interface HandleFile {
  path: string
  blob: Blob
}

/** The part of FileSystemDirectoryHandle used here (its iterator is not in TypeScript's dom lib). */
interface DirectoryHandle {
  kind: 'directory'
  name: string
  values(): AsyncIterable<DirectoryHandle | FileHandle>
}
interface FileHandle {
  kind: 'file'
  name: string
  getFile(): Promise<File>
}

/**
 * Every file under `handles`. With `root`, the first handle is the opened folder: paths start
 * inside it; otherwise each handle keeps its name. Siblings are read concurrently, in the
 * directory's order; `onFound` is told the running count.
 */
export async function filesOfHandles(
  handles: readonly FileSystemHandle[],
  root: boolean,
  onFound: (count: number) => void = () => {},
): Promise<HandleFile[]> {
  let found = 0
  // a file at `prefix + name`; a directory's children under `prefix + name/`
  const read = async (
    handle: DirectoryHandle | FileHandle,
    prefix: string,
  ): Promise<HandleFile[]> => {
    if (handle.kind === 'file') {
      const blob = await handle.getFile()
      onFound(++found)
      return [{ path: prefix + handle.name, blob }]
    }
    return children(handle, `${prefix}${handle.name}/`)
  }
  const children = async (dir: DirectoryHandle, prefix: string): Promise<HandleFile[]> => {
    const reads: Promise<HandleFile[]>[] = []
    for await (const child of dir.values()) reads.push(read(child, prefix))
    return (await Promise.all(reads)).flat()
  }
  const typed = handles as unknown as readonly (DirectoryHandle | FileHandle)[]
  const only = typed[0]
  if (root && typed.length === 1 && only?.kind === 'directory') return children(only, '')
  return (await Promise.all(typed.map((h) => read(h, '')))).flat()
}

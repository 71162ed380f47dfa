'use client'

import type { OpenedFile } from './project-messages'

/**
 * What the user chose and how it reaches the worker: File System Access handles (walked there),
 * an input's FileList (handed over a slice at a time, each file's path taken from its
 * `webkitRelativePath` in the worker) or files with their paths (a drop read as entries).
 * `name` is the opened folder's name ("files" for loose files).
 */
export type OpenedSelection =
  | { kind: 'handles'; name: string; handles: FileSystemHandle[]; root: boolean }
  | {
      kind: 'list'
      name: string
      files: FileList | readonly File[]
      /**
       * called once every file is in the worker: the input they came from lets go of them.
       * Chromium copies a file input's files into the history entry on every URL change (600
       * runs, 12,600 files: 0.2-0.6 s per history.replaceState), and clearing the input empties
       * the FileList in place, so it waits until the files were handed over.
       */
      release?: () => void
    }
  | { kind: 'files'; name: string; files: OpenedFile[] }

/**
 * The files of an `<input type="file" webkitdirectory>` (each with its path under the chosen
 * folder) or of a plain multiple-file input (a folder named after the first file), as they are:
 * nothing is done per file on the page's main thread.
 */
export function fromFileList(
  list: FileList | readonly File[],
  release?: () => void,
): OpenedSelection | null {
  const first = list[0]
  if (!first) return null
  const relative = first.webkitRelativePath
  const name = relative ? relative.slice(0, relative.indexOf('/')) : 'files'
  return { kind: 'list', name, files: list, release }
}

/** The files of a file input, released (the input cleared) once the worker has them. */
export function fromInput(input: HTMLInputElement): OpenedSelection | null {
  return fromFileList(input.files ?? [], () => (input.value = ''))
}

/** A File System Access API directory handle: the opened folder, walked in the worker. */
export function fromDirectoryHandle(root: FileSystemDirectoryHandle): OpenedSelection {
  return { kind: 'handles', name: root.name, handles: [root], root: true }
}

/** The browser's folder picker (File System Access API), or null where there is none. */
export function directoryPicker(): (() => Promise<FileSystemDirectoryHandle>) | null {
  const picker = (window as { showDirectoryPicker?: () => Promise<FileSystemDirectoryHandle> })
    .showDirectoryPicker
  return picker ? () => picker.call(window) : null
}

function entryFiles(entry: FileSystemEntry, prefix: string): Promise<OpenedFile[]> {
  if (entry.isFile) {
    return new Promise((resolve, reject) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([{ path: prefix + entry.name, file }]),
        reject,
      ),
    )
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  return new Promise((resolve, reject) => {
    const all: Promise<OpenedFile[]>[] = []
    // readEntries returns at most 100 entries per call: read until it returns none
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return Promise.all(all).then((lists) => resolve(lists.flat()))
        for (const child of batch) all.push(entryFiles(child, `${prefix}${entry.name}/`))
        next()
      }, reject)
    next()
  })
}

type HandleItem = DataTransferItem & {
  getAsFileSystemHandle?: () => Promise<FileSystemHandle | null>
}

/**
 * The files of a drop: one dropped folder keeps its name; loose files are "files". Where the
 * browser gives File System Access handles (Chromium) they go to the worker to be walked there;
 * elsewhere the entries are read here. Call it in the drop event: the items are readable only
 * until the handler returns, so every item is asked for before the first await.
 */
export async function fromDrop(data: DataTransfer): Promise<OpenedSelection | null> {
  const items = [...data.items].filter((item) => item.kind === 'file') as HandleItem[]
  const asHandles = items.map((item) => item.getAsFileSystemHandle?.())
  const entries = items
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry)
  const loose = fromFileList([...data.files])
  if (asHandles.length > 0 && asHandles.every((h) => h !== undefined)) {
    const got = await Promise.all(asHandles).catch((): (FileSystemHandle | null)[] => [])
    const handles = got.filter((h): h is FileSystemHandle => !!h)
    const only = handles[0]
    if (only && handles.length === 1 && only.kind === 'directory')
      return { kind: 'handles', name: only.name, handles, root: true }
    if (handles.length > 0) return { kind: 'handles', name: 'files', handles, root: false }
  }
  if (entries.length === 0) return loose
  const only = entries[0]!
  if (entries.length === 1 && only.isDirectory) {
    const files = await entryFiles(only, '')
    const strip = `${only.name}/`
    return {
      kind: 'files',
      name: only.name,
      files: files.map((f) => ({ ...f, path: f.path.slice(strip.length) })),
    }
  }
  const files = (await Promise.all(entries.map((e) => entryFiles(e, '')))).flat()
  return { kind: 'files', name: 'files', files }
}

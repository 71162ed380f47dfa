'use client'

import type { OpenedFile } from './project-messages'

/** What the user chose: the folder's name and its files, by path inside it. */
export interface OpenedSelection {
  name: string
  files: OpenedFile[]
}

/**
 * The files of an `<input type="file" webkitdirectory>` (each with its path under the chosen
 * folder) or of a plain multiple-file input (a folder named after the first file).
 */
export function fromFileList(list: FileList | readonly File[]): OpenedSelection | null {
  const files = [...list]
  const first = files[0]
  if (!first) return null
  const relative = first.webkitRelativePath
  if (relative) {
    const name = relative.split('/')[0]!
    return {
      name,
      files: files.map((file) => ({
        path: file.webkitRelativePath.split('/').slice(1).join('/'),
        file,
      })),
    }
  }
  return { name: 'files', files: files.map((file) => ({ path: file.name, file })) }
}

interface DirectoryHandle {
  kind: 'directory'
  name: string
  values(): AsyncIterable<
    DirectoryHandle | { kind: 'file'; name: string; getFile(): Promise<File> }
  >
}

/** Every file under a File System Access API directory handle. */
export async function fromDirectoryHandle(root: DirectoryHandle): Promise<OpenedSelection> {
  const files: OpenedFile[] = []
  const walk = async (dir: DirectoryHandle, prefix: string) => {
    for await (const entry of dir.values()) {
      const path = prefix + entry.name
      if (entry.kind === 'directory') await walk(entry, `${path}/`)
      else files.push({ path, file: await entry.getFile() })
    }
  }
  await walk(root, '')
  return { name: root.name, files }
}

/** The browser's folder picker (File System Access API), or null where there is none. */
export function directoryPicker(): (() => Promise<DirectoryHandle>) | null {
  const picker = (window as { showDirectoryPicker?: () => Promise<DirectoryHandle> })
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

/** The files of a drop: one dropped folder keeps its name; loose files are "files". */
export async function fromDrop(data: DataTransfer): Promise<OpenedSelection | null> {
  const entries = [...data.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry)
  if (entries.length === 0) return fromFileList(data.files)
  const only = entries[0]!
  if (entries.length === 1 && only.isDirectory) {
    const files = await entryFiles(only, '')
    const strip = `${only.name}/`
    return {
      name: only.name,
      files: files.map((f) => ({ ...f, path: f.path.slice(strip.length) })),
    }
  }
  const files = (await Promise.all(entries.map((e) => entryFiles(e, '')))).flat()
  return { name: 'files', files }
}

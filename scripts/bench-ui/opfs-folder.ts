/**
 * Playwright cannot drive the browser's folder picker: this copies a project folder into the
 * page's origin private file system (navigator.storage.getDirectory(), a real
 * FileSystemDirectoryHandle in Chromium) and makes window.showDirectoryPicker return it, so "Open
 * folder" takes the File System Access path for real: the handle goes to the worker, which walks
 * it. Used by the "Open a project" benchmark and its end-to-end test.
 */
import type { Page } from '@playwright/test'

// page code as source text (tsx rewrites named functions with a helper the browser lacks); the
// files are written in a worker through sync access handles, much faster than createWritable
const WRITE_IN_WORKER = `onmessage = async ({ data: { name, list } }) => {
  const files = [...list]
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true })
  const folders = new Map([['', Promise.resolve(root)]])
  const folder = async (path) => {
    // the promise is kept, so concurrent writes to one new folder create it once
    let dir = folders.get(path)
    if (dir) return dir
    const cut = path.lastIndexOf('/')
    dir = folder(cut < 0 ? '' : path.slice(0, cut)).then((parent) =>
      parent.getDirectoryHandle(path.slice(cut + 1), { create: true }))
    folders.set(path, dir)
    return dir
  }
  const write = async (file) => {
    const path = file.webkitRelativePath.slice(file.webkitRelativePath.indexOf('/') + 1)
    const cut = path.lastIndexOf('/')
    const dir = await folder(cut < 0 ? '' : path.slice(0, cut))
    const handle = await dir.getFileHandle(path.slice(cut + 1), { create: true })
    const access = await handle.createSyncAccessHandle()
    access.write(new Uint8Array(await file.arrayBuffer()), { at: 0 })
    access.close()
  }
  // 64 at a time: each step is a round trip to the browser process
  for (let at = 0; at < files.length; at += 64) await Promise.all(files.slice(at, at + 64).map(write))
  postMessage(files.length)
}`

const COPY_INPUT_TO_OPFS = `async (name) => {
  const input = document.getElementById('__opfs-input')
  const worker = new Worker(URL.createObjectURL(new Blob([window.__opfsWriter], { type: 'text/javascript' })))
  const count = await new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data)
    worker.onerror = (event) => reject(new Error(event.message))
    worker.postMessage({ name, list: input.files })
  })
  worker.terminate()
  input.remove()
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name)
  window.showDirectoryPicker = async () => root
  return count
}`

/**
 * Copies `root` (a folder on this machine) into the page's OPFS as a folder of the same name and
 * stubs showDirectoryPicker to return its handle. Resolves to the number of files copied.
 */
export async function pickerReturnsOpfsCopy(page: Page, root: string): Promise<number> {
  const name = root.split('/').filter(Boolean).at(-1)!
  await page.evaluate(`(() => {
    const input = document.createElement('input')
    input.type = 'file'
    input.id = '__opfs-input'
    input.webkitdirectory = true
    input.hidden = true
    document.body.append(input)
  })()`)
  await page.evaluate(
    (source) => ((window as { __opfsWriter?: string }).__opfsWriter = source),
    WRITE_IN_WORKER,
  )
  await page.locator('#__opfs-input').setInputFiles(root)
  return (await page.evaluate(`(${COPY_INPUT_TO_OPFS})(${JSON.stringify(name)})`)) as number
}

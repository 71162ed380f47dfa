'use client'

import type { OpenedProject } from './opened-project'

// The opened project's built site files, kept in this browser (IndexedDB) so a reload of the same
// tab shows it again (sessionStorage marks the tab's session: a new session does not restore it);
// nothing leaves the machine.
const DB = 'kobe-monitor-project'
const STORE = 'project'
const KEY = 'opened'
const SESSION_MARK = 'kobe-monitor-project'

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await database()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  } finally {
    db.close()
  }
}

/** Keeps the project for a later page load; a browser without IndexedDB just does not keep it. */
export async function storeProject(project: OpenedProject): Promise<void> {
  sessionStorage.setItem(SESSION_MARK, project.id)
  await run('readwrite', (s) => s.put({ ...project, files: [...project.files] }, KEY)).catch(
    () => {},
  )
}

/** The project kept by storeProject, or null. */
export async function storedProject(): Promise<OpenedProject | null> {
  const kept = await run<
    (Omit<OpenedProject, 'files'> & { files: [string, Uint8Array][] }) | undefined
  >('readonly', (s) => s.get(KEY)).catch(() => undefined)
  if (!kept || sessionStorage.getItem(SESSION_MARK) !== kept.id) return null
  return { ...kept, files: new Map(kept.files) }
}

export async function forgetStoredProject(): Promise<void> {
  sessionStorage.removeItem(SESSION_MARK)
  await run('readwrite', (s) => s.delete(KEY)).catch(() => {})
}

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

/**
 * Keeps the project for a later page load; a browser without IndexedDB just does not keep it.
 * Kept once when the dashboard shows (`monitoring` false) and again with the monitoring report.
 */
export async function storeProject(project: OpenedProject, monitoring: boolean): Promise<void> {
  sessionStorage.setItem(SESSION_MARK, project.id)
  const record: StoredProject = { ...project, files: [...project.files], monitoring }
  await run('readwrite', (s) => s.put(record, KEY)).catch(() => {})
}

type StoredProject = Omit<OpenedProject, 'files'> & {
  files: [string, Uint8Array][]
  /** false: kept before the monitoring report was written (absent in a copy kept before it) */
  monitoring?: boolean
}

/** The project kept by storeProject and whether its monitoring report was in, or null. */
export async function storedProject(): Promise<{
  project: OpenedProject
  monitoring: boolean
} | null> {
  const kept = await run<StoredProject | undefined>('readonly', (s) => s.get(KEY)).catch(
    () => undefined,
  )
  if (!kept || sessionStorage.getItem(SESSION_MARK) !== kept.id) return null
  const { monitoring = true, ...project } = kept
  return { project: { ...project, files: new Map(project.files) }, monitoring }
}

export async function forgetStoredProject(): Promise<void> {
  sessionStorage.removeItem(SESSION_MARK)
  await run('readwrite', (s) => s.delete(KEY)).catch(() => {})
}

import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { isSqliteFile, SQLITE_MIN_BYTES } from '../mlflow/sqlite/header'
import { isExperimentMeta } from './mlruns-folder'
import { createProblemLog } from './problem-log'
import type { Problem } from './types'
import { createLimiter } from '../mlflow/filestore/limiter'

/** Folders never searched: dependencies, VCS, build output, Python environments, MLflow trash. */
export const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '.git',
  '.next',
  'out',
  '.venv',
  'venv',
  '__pycache__',
  'site-packages',
  '.trash',
])

/** Names that promise a database; when such a file is not one, the scan says so. */
const DATABASE_NAME = /\.(db|sqlite3?)$/i

/** What a project folder holds, before any store is opened. */
export interface ProjectScan {
  /** folders holding `<id>/meta.yaml` experiments (FileStore roots) */
  mlrunsFolders: string[]
  /** files starting with the SQLite header, whatever their name */
  sqliteFiles: string[]
  /** `*.parquet` files: candidate predictions files */
  parquetFiles: string[]
  /** pickled model files (`*.pkl`, `*.pickle`, `*.joblib`): models to score a file without output */
  modelFiles: string[]
  problems: Problem[]
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Names of pickled model files. */
export const MODEL_FILE = /\.(pkl|pickle|joblib)$/i

/**
 * Walks a folder at any depth (symlinks are not followed) and finds MLflow FileStore roots,
 * SQLite files, parquet files and pickled model files. Unreadable folders and misnamed files become problems.
 */
export async function scanProject(folder: string): Promise<ProjectScan> {
  const root = resolve(folder)
  const problems = createProblemLog()
  const mlruns = new Set<string>()
  const sqlite: string[] = []
  const parquet: string[] = []
  const models: string[] = []
  const limit = createLimiter(32) // keeps file descriptors bounded on big trees

  async function visitFile(path: string) {
    if (extname(path).toLowerCase() === '.parquet') {
      parquet.push(path)
      return
    }
    if (MODEL_FILE.test(path)) {
      models.push(path)
      return
    }
    // a FileStore is thousands of files of a few bytes (meta.yaml, params, tags, metrics): their
    // size rules them out without opening them, which in the page's worker is a File read each
    const named = DATABASE_NAME.test(path)
    if (!named && ((await stat(path).catch(() => null))?.size ?? 0) < SQLITE_MIN_BYTES) return
    let isSqlite = false
    try {
      isSqlite = await limit(() => isSqliteFile(path))
    } catch (error) {
      if (named) problems.add(path, `cannot read: ${(error as Error).message}`)
      return
    }
    if (isSqlite) sqlite.push(path)
    else if (named) {
      const size = (await stat(path).catch(() => null))?.size
      problems.add(
        path,
        size === 0
          ? 'empty file (0 bytes) named like a database: not an MLflow store'
          : 'named like a database but not a SQLite file: not an MLflow store',
      )
    }
  }

  async function checkExperiment(path: string) {
    const parent = dirname(path)
    if (mlruns.has(parent) || basename(parent) === '.trash') return
    const text = await limit(() => readFile(join(path, 'meta.yaml'), 'utf8')).catch(() => '')
    if (isExperimentMeta(basename(path), text)) mlruns.add(parent)
  }

  async function visitFolder(path: string): Promise<void> {
    let entries: Dirent[]
    try {
      entries = await limit(() => readdir(path, { withFileTypes: true }))
    } catch (error) {
      problems.add(path, `cannot list folder: ${(error as Error).message}`)
      return
    }
    if (entries.some((e) => e.isFile() && e.name === 'meta.yaml')) await checkExperiment(path)
    const work: Promise<void>[] = []
    for (const entry of entries) {
      const child = join(path, entry.name)
      if (entry.isDirectory()) {
        if (DATABASE_NAME.test(entry.name)) {
          problems.add(child, 'a folder named like a database: not an MLflow store')
        }
        if (!SKIPPED_FOLDERS.has(entry.name)) work.push(visitFolder(child))
      } else if (entry.isFile()) work.push(visitFile(child))
    }
    await Promise.all(work)
  }

  const info = await stat(root).catch(() => null)
  if (!info) problems.add(root, 'no such file or folder')
  else if (info.isDirectory()) await visitFolder(root)
  else await visitFile(root)

  return {
    mlrunsFolders: [...mlruns].sort(byPath),
    sqliteFiles: sqlite.sort(byPath),
    parquetFiles: parquet.sort(byPath),
    modelFiles: models.sort(byPath),
    problems: problems.list(),
  }
}

import { stat } from 'node:fs/promises'
import path from 'node:path'
import { downloadRawFile, type DownloadOptions } from './raw-data-download'
import { PipelineInputError } from './pipeline-input-error'
import { RAW_FILES, type RawKind } from './raw-data-sources'

export interface RawDataLocation {
  dev: string
  prod: string
  /** the kinds fetched from the internet during this call */
  downloaded: RawKind[]
}

export interface LocateRawDataOptions {
  /** the project's data/raw folder: searched, and where downloads go */
  rawDir: string
  /** a folder given by --data-dir or KOBE_DATA_DIR, searched first */
  dataDir?: string | null
  /** where dataDir came from, for the message (e.g. "KOBE_DATA_DIR") */
  dataDirLabel?: string
  /** false: never download */
  download: DownloadOptions | false
  log?: (message: string) => void
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  )
}

/**
 * Finds the dev and prod raw files: first in `dataDir`, then in `rawDir`; a file found in neither
 * is downloaded into `rawDir` and checked against its SHA-256. When some file is still missing,
 * one PipelineInputError says where it looked, why the download failed and how to provide it.
 */
export async function locateRawData(options: LocateRawDataOptions): Promise<RawDataLocation> {
  const { rawDir, dataDir, download, log } = options
  const folders = [...new Set([dataDir, rawDir].filter((d): d is string => !!d))].map((d) =>
    path.resolve(d),
  )
  const found: Partial<Record<RawKind, string>> = {}
  const downloaded: RawKind[] = []
  let downloadProblem: string | null = download ? null : 'downloads are turned off'
  for (const kind of ['dev', 'prod'] as const) {
    const { fileName } = RAW_FILES[kind]
    for (const folder of folders) {
      const candidate = path.join(folder, fileName)
      if (await isFile(candidate)) {
        found[kind] = candidate
        break
      }
    }
    if (found[kind] || !download || downloadProblem) continue
    const target = path.join(path.resolve(rawDir), fileName)
    log?.(`${fileName} not found locally, downloading it into ${path.resolve(rawDir)}`)
    downloadProblem = await downloadRawFile(RAW_FILES[kind], target, download)
    if (!downloadProblem) {
      found[kind] = target
      downloaded.push(kind)
    }
  }
  if (found.dev && found.prod) return { dev: found.dev, prod: found.prod, downloaded }
  const missing = (['dev', 'prod'] as const)
    .filter((k) => !found[k])
    .map((k) => RAW_FILES[k].fileName)
  const where = folders
    .map((f) =>
      dataDir && f === path.resolve(dataDir) ? `${f} (${options.dataDirLabel ?? 'data dir'})` : f,
    )
    .join(' and ')
  throw new PipelineInputError(
    [
      `Raw data not found: ${missing.join(', ')}.`,
      `Looked in ${where}.`,
      `Download failed: ${downloadProblem}.`,
      `Copy ${missing.join(' and ')} into ${path.resolve(rawDir)}, or set KOBE_DATA_DIR ` +
        '(or --data-dir) to the folder that holds them.',
    ].join('\n'),
  )
}

import path from 'node:path'
import type { PipelineConfig } from './pipeline-config'
import { locateRawData } from './raw-data-locate'
import { RAW_FILES, type RawKind } from './raw-data-sources'
import type { ShotTable } from './raw-columns'
import { readRawShots } from './read-raw-shots'
import { sha256File } from './sha256-file'
import type { PipelineLog } from './stage-context'

export interface RawInput {
  table: ShotTable
  sha256: string
  /** the file is byte-identical to the course original */
  isCourseFile: boolean
}

export interface RawInputs {
  dev: RawInput
  prod: RawInput
  downloaded: RawKind[]
}

/** Finds (or downloads), reads and validates both raw files. Nothing is written but downloads. */
export async function loadRawInputs(config: PipelineConfig, log: PipelineLog): Promise<RawInputs> {
  const location = await locateRawData({
    rawDir: config.rawDir,
    dataDir: config.dataDir,
    dataDirLabel: config.dataDirLabel,
    download: config.download,
    log,
  })
  const load = async (kind: RawKind): Promise<RawInput> => {
    const file = location[kind]
    const [table, sha256] = await Promise.all([readRawShots(file), sha256File(file)])
    const isCourseFile = sha256 === RAW_FILES[kind].sha256
    log(
      `  ${kind}: ${file} (${table.rows} rows${isCourseFile ? ', SHA-256 of the course file' : ', not the course file'})`,
    )
    return { table, sha256, isCourseFile }
  }
  const dev = await load('dev')
  const prod = await load('prod')
  return { dev, prod, downloaded: location.downloaded }
}

/** A path relative to the project when inside it, for logs and params. */
export function displayPath(config: PipelineConfig, file: string): string {
  const rel = path.relative(config.projectDir, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file
}

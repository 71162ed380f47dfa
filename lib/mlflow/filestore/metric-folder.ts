import type { MetricPoint } from '../../tracking/types'
import type { FileStoreFs } from './fs'
import { listKeyFiles, sortedRecord } from './key-folder'
import { latestInMetricText, parseMetricFile, type MetricFileContent } from './metric-file'

/** Reads one metric file; bad lines become one problem naming the file, the rest is kept. */
export async function readMetricFile(
  fs: FileStoreFs,
  file: string,
  options: { loggedModel?: boolean } = {},
): Promise<MetricFileContent | null> {
  const text = await fs.readText(file)
  if (typeof text !== 'string') return null
  const content = parseMetricFile(text, options)
  if (content.error) fs.log.add(file, `bad metric line: ${content.error}`)
  return content
}

async function readLatest(
  fs: FileStoreFs,
  file: string,
  options: { loggedModel?: boolean },
): Promise<MetricPoint | null> {
  const text = await fs.readText(file)
  if (typeof text !== 'string') return null
  const { latest, count, error } = latestInMetricText(text, options)
  if (error) fs.log.add(file, `bad metric line: ${error}`)
  else if (count === 0) fs.log.add(file, 'metric file is empty: no data for this metric')
  return latest
}

/** Latest point of every metric in a metrics/ folder; keys with `/` come from nested folders. */
export async function readLatestMetrics(
  fs: FileStoreFs,
  folder: string,
  options: { loggedModel?: boolean } = {},
): Promise<Record<string, MetricPoint>> {
  const files = await listKeyFiles(fs, folder)
  const latest = await Promise.all(files.map((entry) => readLatest(fs, entry.file, options)))
  const result: Record<string, MetricPoint> = {}
  files.forEach((entry, i) => {
    const point = latest[i]
    if (point) result[entry.key] = point
  })
  return sortedRecord(result)
}

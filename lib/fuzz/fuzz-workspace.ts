/**
 * Test helper for the fuzz suite: a throwaway project folder (good dev and prod predictions, a
 * small MLflow FileStore), the real build step run into its own out/ folder, and every sentence
 * the build reported, gathered from the files it wrote.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer'
import { buildSite, type SiteBuild } from '../site-data/build-site'
import type { DashboardEnv } from '../site-data/sources/dashboard-sources'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
export const PREDICTIONS = here('../predictions/fixtures/ours.parquet')
export const FILESTORE = here('../mlflow/fixtures/filestore/mlflow1x/mlruns')
export const SQLITE_DB = here('../mlflow/fixtures/sqlite/mlflow-3x/mlflow.db')
/** the fixture FileStore's run with artifacts */
export const ARTIFACT_RUN = '5b9f3a6f0c9d4f3e8a7b6c5d4e3f2a1b'

/** The files every build writes, whatever its inputs. */
export const OUTPUTS = ['snapshot.json', 'runs.json', 'model.json', 'build-report.json'] as const

export interface Workspace {
  /** project folder: dev.parquet, prod.parquet, mlruns/ */
  project: string
  dev: string
  prod: string
  store: string
  remove(): void
}

/** A project folder with good predictions (ours.parquet as dev and prod) and the 1.x FileStore. */
export function workspace(): Workspace {
  const project = mkdtempSync(join(tmpdir(), 'fuzz-'))
  const dev = join(project, 'dev.parquet')
  const prod = join(project, 'prod.parquet')
  const store = join(project, 'mlruns')
  cpSync(PREDICTIONS, dev)
  cpSync(PREDICTIONS, prod)
  cpSync(FILESTORE, store, { recursive: true })
  return {
    project,
    dev,
    prod,
    store,
    remove: () => rmSync(project, { recursive: true, force: true }),
  }
}

/** Parquet bytes of a few named columns (hyparquet-writer), for predictions files. */
export function parquetFile(columns: ColumnSource[]): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({ columnData: columns }))
}

export interface BuildRun {
  site: SiteBuild
  /** every problem of the build report, and the missing-column and warning sentences, one per line */
  problems: string[]
  out: string
  /** every file written under out/, as absolute paths */
  published: string[]
}

/** Runs the real build step (buildSite, as scripts/build-data.ts does) into `<project>/out`. */
export async function runBuild(ws: Workspace, env: DashboardEnv): Promise<BuildRun> {
  const out = join(ws.project, 'out')
  const site = await buildSite(
    {
      MONITOR_PREDICTIONS_DEV: ws.dev,
      MONITOR_PREDICTIONS_PROD: ws.prod,
      MLFLOW_TRACKING_URI: ws.store,
      ...env,
    },
    ws.project,
    out,
  )
  const { snapshot, runs, model, report } = site
  const reports = Object.values(snapshot.datasets).flatMap((d) =>
    d ? [...d.report.missing, ...d.report.warnings].map((s) => `${d.source}: ${s}`) : [],
  )
  // the build report is the one list of every step's problems, each kept once
  const problems = [
    ...report.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
    ...reports,
    ...(runs.snapshot.unavailable ? [runs.snapshot.unavailable] : []),
    ...(model.problem ? [model.problem.detail] : []),
  ]
  return { site, problems, out, published: filesUnder(out) }
}

/** Every file under `folder` (recursively), as absolute paths; [] when it does not exist. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The published files whose bytes equal `secret`'s or contain its first line. */
export function leaked(published: string[], secret: string): string[] {
  const bytes = readFileSync(secret)
  const firstLine = bytes.toString('utf8').split('\n')[0]!
  return published.filter((file) => {
    const content = readFileSync(file)
    return content.equals(bytes) || (firstLine.length > 0 && content.includes(firstLine))
  })
}

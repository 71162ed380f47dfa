import {
  cpSync,
  mkdtempSync,
  openAsBlob,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '@/lib/site-data/build-site'
import type { buildVirtualSite as BuildVirtualSite } from '@/lib/site-data/build-virtual-site'
import { pageBundleOptions, repoRoot } from './page-worker-plugin'

// The page's worker runs the build's own code with node:fs bound to the user's files in memory.
// Bundled exactly as the worker is, it must write the same site files as the Node build.
const work = mkdtempSync(join(tmpdir(), 'page-worker-'))
let buildVirtualSite: typeof BuildVirtualSite

beforeAll(async () => {
  const outfile = join(work, 'virtual-site.mjs')
  await build({
    ...pageBundleOptions,
    entryPoints: [join(repoRoot, 'lib/site-data/build-virtual-site.ts')],
    outfile,
    logLevel: 'silent',
  })
  ;({ buildVirtualSite } = (await import(outfile)) as { buildVirtualSite: typeof BuildVirtualSite })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

async function filesUnder(dir: string): Promise<{ path: string; blob: Blob }[]> {
  const out: { path: string; blob: Blob }[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...(await filesUnder(path)))
    else out.push({ path, blob: await openAsBlob(path) })
  }
  return out
}

/** Removes empty folders: a folder picker gives the page files only, never an empty folder. */
function pruneEmpty(dir: string): boolean {
  const names = readdirSync(dir)
  const kept = names.filter((name) => {
    const path = join(dir, name)
    return !statSync(path).isDirectory() || !pruneEmpty(path)
  })
  if (kept.length === 0) rmSync(dir, { recursive: true })
  return kept.length === 0
}

/** Builds `project` both ways; the virtual build mounts the files at their real paths. */
async function bothWays(project: string) {
  pruneEmpty(project)
  const outDir = join(work, `${project.split('/').at(-1)}-out`)
  const disk = await buildSite({ MONITOR_PROJECT: project }, project, outDir)
  const stages: string[] = []
  let dashboard: { files: Map<string, Uint8Array>; stages: string[] } | null = null
  const page = await buildVirtualSite(
    await filesUnder(project),
    project,
    (s) => stages.push(s),
    ({ files }) => void (dashboard = { files, stages: [...stages] }),
  )
  if (!dashboard) throw new Error('the dashboard files were never handed over')
  return {
    disk,
    page,
    outDir,
    stages,
    dashboard: dashboard as { files: Map<string, Uint8Array>; stages: string[] },
  }
}

const json = (bytes: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>

describe('the page worker bundle builds the same site as npm run build', () => {
  it('a folder with only two predictions files', async () => {
    const project = join(work, 'two-files')
    for (const side of ['dev', 'prod']) {
      cpSync(
        join(repoRoot, `data/output/predictions_${side}.parquet`),
        join(project, `predictions_${side}.parquet`),
      )
    }
    const { disk, page, outDir, stages, dashboard } = await bothWays(project)
    // the dashboard is handed over before the monitoring stage, with every file but
    // monitoring.json, the same bytes as the final ones; the build report without monitoring's
    expect(dashboard.stages).toEqual(stages.slice(0, -1))
    expect([...dashboard.files.keys()].sort()).toEqual(
      [...page.files.keys()].filter((f) => f !== 'data/monitoring.json').sort(),
    )
    for (const [file, bytes] of dashboard.files) {
      if (file !== 'data/build-report.json') expect(bytes, file).toEqual(page.files.get(file))
    }
    const early = json(dashboard.files.get('data/build-report.json'))
    expect((early.counts as Record<string, number>).monitoring).toBe(0)
    expect(early.problems).toEqual(disk.report.problems.filter((p) => p.step !== 'monitoring'))
    // the final state: monitoring.json as the Node build writes it
    const pageMonitoring = json(page.files.get('data/monitoring.json'))
    const diskMonitoring = json(readFileSync(join(outDir, 'monitoring.json')))
    expect(pageMonitoring.report).not.toBeNull()
    expect({ ...pageMonitoring, generatedAt: null }).toEqual({
      ...diskMonitoring,
      generatedAt: null,
    })
    expect(stages).toEqual([
      'reading',
      'columns',
      'columns',
      'models',
      'statistics',
      'runs',
      'monitoring',
    ])
    expect(page.build.snapshot.datasets.prod?.rows).toBe(disk.snapshot.datasets.prod?.rows)
    expect(page.build.snapshot.datasets.prod?.metrics).toEqual(disk.snapshot.datasets.prod?.metrics)
    expect(page.build.snapshot.drift).toEqual(disk.snapshot.drift)
    expect(page.files.get('data/rows-prod.parquet')).toEqual(
      new Uint8Array(readFileSync(join(outDir, 'rows-prod.parquet'))),
    )
    expect(json(page.files.get('data/build-report.json')).problems).toEqual(disk.report.problems)
  })

  it('a file that is not parquet: the same problems list, naming the file', async () => {
    const project = join(work, 'bad-prod')
    cpSync(
      join(repoRoot, 'lib/predictions/fixtures/ours.parquet'),
      join(project, 'predictions_dev.parquet'),
    )
    cpSync(
      join(repoRoot, 'lib/predictions/fixtures/not-parquet.parquet'),
      join(project, 'predictions_prod.parquet'),
    )
    const { disk, page } = await bothWays(project)
    expect(page.build.report.problems).toContainEqual({
      step: 'sources',
      path: './predictions_prod.parquet',
      message: expect.stringMatching(/^not a parquet file .*looks like CSV text/),
    })
    expect(page.build.report.problems).toEqual(disk.report.problems)
  })

  it('the Kobe project: predictions and the MLflow FileStore (runs, registry, model)', async () => {
    const project = join(work, 'kobe')
    cpSync(join(repoRoot, 'data/output'), join(project, 'data/output'), { recursive: true })
    cpSync(join(repoRoot, 'mlruns'), join(project, 'mlruns'), { recursive: true })
    const { disk, page, outDir } = await bothWays(project)
    expect(page.build.runs.snapshot.runs.map((r) => r.id)).toEqual(
      disk.runs.snapshot.runs.map((r) => r.id),
    )
    expect(page.build.runs.snapshot.runs.length).toBeGreaterThan(0)
    expect(page.build.model.source).toEqual(disk.model.source)
    expect(page.build.model.model).toEqual(disk.model.model)
    // runs, experiments, registered models, histories and artifact copies: the same bytes. The
    // problems differ on this machine only: one run records its artifacts under /work/main,
    // which the Node build sees (and refuses: outside the project) and the page cannot see
    const { problems: pageProblems, ...pageRuns } = json(page.files.get('data/runs.json'))
    const { problems: diskProblems, ...diskRuns } = JSON.parse(
      readFileSync(join(outDir, 'runs.json'), 'utf8'),
    ) as Record<string, unknown>
    expect(pageRuns).toEqual(diskRuns)
    expect((pageProblems as unknown[]).length).toBe((diskProblems as unknown[]).length)
    const history = [...page.files.keys()].find((f) => f.startsWith('data/runs-history/'))
    expect(history).toBeDefined()
    expect(page.files.get(history!)).toEqual(
      new Uint8Array(readFileSync(join(outDir, history!.slice('data/'.length)))),
    )
  })
})

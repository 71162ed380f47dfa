import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTrackingStore } from '../lib/tracking/open-store'

// Runs `npm run export-charts` against the built out/ (the e2e run builds it first): the script
// starts its own static server and Chromium, so no page fixture is used here.
const ONLY = 'roc_curve,confusion_matrix,prediction_map_prod,drift_shot_distance'
const FILES = [
  'roc_curve_reg_log.png',
  'confusion_matrix_reg_log.png',
  'confusion_matrix_reg_log_prod.png',
  'prediction_map_prod.png',
  'drift_shot_distance.png',
  // the other compared model (our pipeline's decision tree), each from /performance/?models=<key>
  'roc_curve_tree.png',
  'confusion_matrix_tree.png',
  'confusion_matrix_tree_prod.png',
]

interface Manifest {
  viewport: { width: number; height: number }
  charts: { file: string; width: number; height: number; scale: number; bytes: number }[]
}

function exportCharts(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/export-charts.ts', ...args],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  )
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function decodePng(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('exports the course charts at the stated size and scale and logs them to the application run', async () => {
  test.setTimeout(240_000)
  const tmp = mkdtempSync(join(tmpdir(), 'export-charts-'))
  const store = join(tmp, 'mlruns')
  cpSync('mlruns', store, { recursive: true })

  const one = exportCharts(['--out', join(tmp, 'x1'), '--scale', '1', '--only', ONLY], {
    MLFLOW_TRACKING_URI: store,
  })
  expect(one.stderr).toBe('')
  expect(one.status).toBe(0)
  const progress = one.stdout.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l))
  expect(progress).toHaveLength(FILES.length)
  const manifest = JSON.parse(readFileSync(join(tmp, 'x1', 'charts.json'), 'utf8')) as Manifest
  expect(manifest.viewport).toEqual({ width: 1280, height: 900 })
  expect(manifest.charts.map((c) => c.file).sort()).toEqual([...FILES].sort())
  for (const chart of manifest.charts) {
    const size = decodePng(join(tmp, 'x1', chart.file))
    expect({ file: chart.file, ...size }).toEqual({
      file: chart.file,
      width: chart.width,
      height: chart.height,
    })
    // a chart of a 1280-px page: wider than 300 px, narrower than the page
    expect(size.width).toBeGreaterThan(300)
    expect(size.width).toBeLessThan(1280)
    expect(
      progress.some((l) => l.includes(`${chart.file}: ${size.width}×${size.height} px (scale 1)`)),
    ).toBe(true)
  }
  // the tree's test-set and prod matrices are two pictures, not one saved twice
  expect(
    readFileSync(join(tmp, 'x1', 'confusion_matrix_tree.png')).equals(
      readFileSync(join(tmp, 'x1', 'confusion_matrix_tree_prod.png')),
    ),
  ).toBe(false)
  const logged = /Logged 8 images to run ([0-9a-f]{32}) \(PipelineAplicacao\)/.exec(one.stdout)
  expect(logged).not.toBeNull()
  // read back through the project's own MLflow reader: the run lists them, byte for byte
  const reader = await openTrackingStore(store)
  const listed = await reader.listArtifacts(logged![1]!, 'charts')
  expect(listed.map((e) => e.path).sort()).toEqual(FILES.map((f) => `charts/${f}`).sort())
  for (const file of FILES) {
    const bytes = await reader.readArtifact(logged![1]!, `charts/${file}`)
    expect(Buffer.from(bytes).equals(readFileSync(join(tmp, 'x1', file)))).toBe(true)
  }
  expect(reader.problems()).toEqual([])

  // scale 2, in Portuguese: every side doubles
  const two = exportCharts([
    '--out',
    join(tmp, 'x2'),
    '--scale',
    '2',
    '--lang',
    'pt-BR',
    '--only',
    'roc_curve,prediction_map_prod',
    '--no-mlflow',
  ])
  expect(two.status).toBe(0)
  for (const file of ['roc_curve_reg_log.png', 'roc_curve_tree.png', 'prediction_map_prod.png']) {
    const a = decodePng(join(tmp, 'x1', file))
    const b = decodePng(join(tmp, 'x2', file))
    expect(Math.abs(b.width - 2 * a.width)).toBeLessThanOrEqual(1)
    expect(Math.abs(b.height - 2 * a.height)).toBeLessThanOrEqual(1)
  }
  test.info().annotations.push({
    type: 'chart sizes at scale 1',
    description: manifest.charts.map((c) => `${c.file} ${c.width}×${c.height}`).join(', '),
  })
})

test('says in one sentence when Chromium is missing, and names unknown --only charts', () => {
  const missing = exportCharts(['--out', join(tmpdir(), 'never'), '--only', 'roc_curve'], {
    CHROMIUM_PATH: '/nonexistent/chromium',
  })
  expect(missing.status).toBe(1)
  expect(missing.stderr).toMatch(
    /^Chromium is missing or does not start \(\/nonexistent\/chromium: .*\): install Debian's chromium \(apt-get install chromium\) or run npx playwright install chromium\.\n$/,
  )
  const unknown = exportCharts(['--only', 'pie_chart'])
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toMatch(
    /^--only names no chart: pie_chart \(charts: roc_curve_reg_log\.png, /,
  )
})

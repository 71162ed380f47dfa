import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSiteInputs } from '../../site-data/load-site-inputs'
import { buildPredictionsSnapshot } from '../../site-data/predictions/build-predictions-snapshot'
import { parseRows } from '../../site-data/predictions/parse-rows'
import { parseSnapshot, SNAPSHOT_FILE } from '../../site-data/predictions/parse-snapshot'
import type { Snapshot } from '../../site-data/predictions/snapshot-types'
import {
  prerenderDrift,
  prerenderOverview,
  prerenderPerformance,
  prerenderRuns,
  prerenderTimeline,
  type PrerenderInputs,
} from './prerender-view'

// The Kobe predictions the pipeline writes (npm test runs it first), built into a site folder
// by the build's own builder and read back by the browser's parsers, as the pages do.
const DEV = 'data/output/predictions_dev.parquet'
const PROD = 'data/output/predictions_prod.parquet'
let root: string
let inputs: PrerenderInputs
let snapshot: Snapshot

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'prerender-view-'))
  const loaded = await loadSiteInputs({ dev: DEV, prod: PROD, tracking: null })
  await buildPredictionsSnapshot({ ...loaded, outDir: join(root, 'data') })
  const read = async (file: string) => new Uint8Array(await readFile(join(root, file)))
  snapshot = parseSnapshot(await read(SNAPSHOT_FILE))
  inputs = {
    snapshot,
    rows: {
      dev: await parseRows(await read('data/rows-dev.parquet'), 'rows-dev.parquet'),
      prod: await parseRows(await read('data/rows-prod.parquet'), 'rows-prod.parquet'),
    },
    monitoring: null,
    runs: null,
  }
}, 60_000)

afterAll(() => rm(root, { recursive: true, force: true }))

describe('prerenderOverview', () => {
  it("gives the build's exact metrics at 0.5 on every row, and a verdict", () => {
    const view = prerenderOverview(inputs)!
    expect(view.threshold).toBe(0.5)
    for (const card of view.cards) {
      expect(card.dev).toBeCloseTo(snapshot.datasets.dev!.metrics![card.key], 12)
      expect(card.prod).toBeCloseTo(snapshot.datasets.prod!.metrics![card.key], 12)
    }
    // Kobe: 4,057 dev test rows, 5,412 labelled 3-pointers
    expect(view.labelled).toEqual({
      dev: snapshot.datasets.dev!.labelledRows,
      prod: snapshot.datasets.prod!.labelledRows,
    })
    expect(view.labelled.prod).toBe(5412)
    // prod is 3-pointers: drift fires and the verdict is not ok
    expect(view.verdict.severity).not.toBe('ok')
    expect(view.verdict.evidence).toContain('/drift/')
    expect(view.driftError).toBeNull()
  })

  it('is a small view-model, never the rows', () => {
    const bytes = JSON.stringify(prerenderOverview(inputs)).length
    expect(bytes).toBeLessThan(10_000)
  })

  it('is null without predictions (the landing state)', () => {
    expect(prerenderOverview({ ...inputs, snapshot: null })).toBeNull()
    expect(prerenderOverview({ ...inputs, rows: {} })).toBeNull()
  })
})

describe('prerenderPerformance', () => {
  it('gives the confusion counts and F1 at 0.5 of every labelled row', () => {
    const view = prerenderPerformance(inputs)!
    for (const name of ['dev', 'prod'] as const) {
      const point = view.points[name]!
      const metrics = snapshot.datasets[name]!.metrics!
      expect(point.tp + point.fp + point.tn + point.fn).toBe(snapshot.datasets[name]!.labelledRows)
      expect(point.f1).toBeCloseTo(metrics.f1_score, 12)
      expect(point.accuracy).toBeCloseTo(metrics.accuracy, 12)
      expect(view.auc[name]).toBeCloseTo(metrics.roc_auc, 12)
    }
  })
})

describe('prerenderDrift', () => {
  it("is the build's drift table under the default method, with its row counts", () => {
    const view = prerenderDrift(inputs)!
    expect(view.rows).toEqual({ dev: 4057, prod: 6426 })
    expect(view.table.rows.map((r) => [r.column, r.statistic])).toEqual(
      snapshot.drift!.rows.map((r) => [r.column, r.statistic]),
    )
    expect(view.table.dataset.datasetDrift).toBe(true)
  })
})

describe('views without their file', () => {
  it('are null, so the page says the build has no data', () => {
    expect(prerenderTimeline(inputs)).toBeNull()
    expect(prerenderRuns(inputs)).toBeNull()
    expect(prerenderDrift({ ...inputs, snapshot: null })).toBeNull()
    expect(prerenderPerformance({ ...inputs, rows: {} })).toBeNull()
  })
})

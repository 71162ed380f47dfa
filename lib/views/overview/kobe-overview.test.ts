import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import type { LoadedPredictions } from '../../predictions/types'
import { loadSiteInputs } from '../../site-data/load-site-inputs'
import { buildPredictionsSnapshot } from '../../site-data/predictions/build-predictions-snapshot'
import { parseSnapshot } from '../../site-data/predictions/parse-snapshot'
import { parseRows } from '../../site-data/predictions/parse-rows'
import type { Snapshot } from '../../site-data/predictions/snapshot-types'
import { assessHealth } from './health-verdict'
import { madeRates } from './made-rates'
import { metricsAtThreshold } from './metrics-at-threshold'
import { overviewDrift } from './overview-drift'
import { overviewSample, type OverviewSample } from './overview-sample'
import { shareAtOrAbove } from './sorted-scores'
import { verdictSentence } from './verdict-text'

// The pipeline's predictions (npm run pipeline; `npm test` runs it first when they are missing).
const OUTPUT = fileURLToPath(new URL('../../../data/output', import.meta.url))
const DEV_FILE = join(OUTPUT, 'predictions_dev.parquet')
const PROD_FILE = join(OUTPUT, 'predictions_prod.parquet')
const haveOutput = existsSync(DEV_FILE) && existsSync(PROD_FILE)

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i)

describe.skipIf(!haveOutput)(
  'the overview on the Kobe predictions, as the browser computes it',
  () => {
    let snapshot: Snapshot
    const rows: Partial<Record<'dev' | 'prod', LoadedPredictions>> = {}
    const samples: Partial<Record<'dev' | 'prod', OverviewSample>> = {}

    beforeAll(async () => {
      // the build step into a temporary folder, then what the browser reads back from it
      const outDir = await mkdtemp(join(tmpdir(), 'overview-'))
      const inputs = await loadSiteInputs({ dev: DEV_FILE, prod: PROD_FILE, tracking: null })
      await buildPredictionsSnapshot({ ...inputs, outDir })
      snapshot = parseSnapshot(await readFile(join(outDir, 'snapshot.json')))
      for (const name of ['dev', 'prod'] as const) {
        const meta = snapshot.datasets[name]!
        const bytes = await readFile(join(outDir, meta.rowsFile.replace(/^data\//, '')))
        const decoded = await parseRows(new Uint8Array(bytes), meta.rowsFile)
        rows[name] = decoded
        samples[name] = overviewSample(name, decoded, all(decoded.report.rows))
      }
    }, 60_000)

    it('equals the build’s exact metrics at threshold 0.5 without filters, to the last bit', () => {
      for (const name of ['dev', 'prod'] as const) {
        expect(metricsAtThreshold(samples[name]!, 0.5)).toEqual(snapshot.datasets[name]!.metrics)
      }
      expect(snapshot.datasets.prod!.metrics!.f1_score).toBe(0)
      expect(snapshot.datasets.dev!.metrics!.f1_score).toBeGreaterThan(0.4)
    })

    it('counts 6,426 prod shots, 5,412 with a known outcome and 1,014 without', () => {
      expect(samples.prod!.counts).toMatchObject({ rows: 6426, labelled: 5412, unlabelled: 1014 })
      expect(samples.dev!.counts).toMatchObject({ rows: 4057, labelled: 4057, unlabelled: 0 })
    })

    it('predicts 1 of 6,426 prod shots made at 0.5 (no labelled one) while a third go in', () => {
      const rates = madeRates(samples.prod!, 0.5)
      // the one shot at P(made) ≥ 0.5 has an unknown outcome: TP + FP = 0 among the labelled
      expect(rates).toMatchObject({ predictedMade: 1, scored: 6426, labelled: 5412, made: 1782 })
      expect(metricsAtThreshold(samples.prod!, 0.5)!.recall).toBe(0)
      expect(rates.actualRate).toBeCloseTo(1782 / 5412, 12)
    })

    it('calls most prod shots made at 0.3, where F1 and precision rise', () => {
      expect(shareAtOrAbove(samples.prod!.scores!.values, 0.3)).toBeGreaterThan(0.5)
      const at03 = metricsAtThreshold(samples.prod!, 0.3)!
      expect(at03.f1_score).toBeGreaterThan(0.3)
      expect(at03.precision).toBeGreaterThan(0.2)
    })

    it('says so in one critical sentence: F1 collapse, 4 of 6 features drifted, shot_distance out of range', () => {
      const drift = overviewDrift(
        snapshot.drift,
        snapshot.columns,
        { data: rows.dev!.data, indices: all(rows.dev!.report.rows) },
        { data: rows.prod!.data, indices: all(rows.prod!.report.rows) },
      )
      if (drift.status !== 'ready') throw new Error(JSON.stringify(drift))
      expect(drift.source).toBe('build')
      const health = (s: OverviewSample) => {
        const rates = madeRates(s, 0.5)
        return {
          metrics: metricsAtThreshold(s, 0.5),
          predictedMade: rates.predictedMade,
          scored: rates.scored,
        }
      }
      const verdict = assessHealth({
        threshold: 0.5,
        dev: health(samples.dev!),
        prod: health(samples.prod!),
        drift: drift.table,
      })
      expect(verdict.severity).toBe('critical')
      expect(verdictSentence(verdict, createTranslator('en'), 'en')).toMatch(
        /^Prod F1 fell from 0\.\d\d to 0\.00 at threshold 0\.50 \(only 1 of 6,426 prod shots are predicted made\); 4 of 6 features drifted; 89% of prod shots lie outside the dev range of shot_distance \(0–23 ft\): the model is extrapolating\.$/,
      )
    })
  },
)

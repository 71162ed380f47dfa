import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { confusionAtThreshold } from '../../metrics/confusion-matrix'
import { loadSiteInputs } from '../../site-data/load-site-inputs'
import { buildPredictionsSnapshot } from '../../site-data/predictions/build-predictions-snapshot'
import { parseRows } from '../../site-data/predictions/parse-rows'
import { courtSummary } from './court-summary'
import { tinyPredictions } from './fixtures/tiny-predictions'
import {
  countClasses,
  ERROR_CLASSES,
  errorClasses,
  NO_PROBABILITY,
  OUTCOME_CLASSES,
  outcomeClasses,
  probabilityLevels,
} from './shot-classes'

const all = Uint32Array.from([0, 1, 2, 3, 4, 5])
const names = <T extends string>(classes: readonly T[], values: Uint8Array) =>
  Array.from(values, (c) => classes[c])

describe('shot classes on six hand-made shots', () => {
  const { target, probability } = tinyPredictions()

  it('splits outcomes into made, missed and unlabelled', () => {
    expect(names(OUTCOME_CLASSES, outcomeClasses(target, all))).toEqual([
      'made',
      'made',
      'missed',
      'missed',
      'unlabelled',
      'unlabelled',
    ])
  })

  it('classifies errors at a threshold (p ≥ threshold predicts made)', () => {
    expect(names(ERROR_CLASSES, errorClasses(target, probability, all, 0.5))).toEqual([
      'tp',
      'fn',
      'fp',
      'tn',
      'unlabelled',
      'unlabelled',
    ])
    expect(names(ERROR_CLASSES, errorClasses(target, probability, all, 0.55))).toEqual([
      'tp',
      'fn',
      'fp',
      'tn',
      'unlabelled',
      'unlabelled',
    ])
    expect(names(ERROR_CLASSES, errorClasses(target, probability, all, 0.1))).toEqual([
      'tp',
      'tp',
      'fp',
      'fp',
      'unlabelled',
      'unlabelled',
    ])
    expect(names(ERROR_CLASSES, errorClasses(target, null, Uint32Array.of(0, 4), 0.5))).toEqual([
      'unscored',
      'unlabelled',
    ])
  })

  it('follows the selection order', () => {
    expect(
      names(ERROR_CLASSES, errorClasses(target, probability, Uint32Array.of(3, 0), 0.5)),
    ).toEqual(['tn', 'tp'])
  })

  it('rounds probabilities to levels 0–100 and marks missing ones', () => {
    expect([...probabilityLevels(probability, all)]).toEqual([70, 40, 55, 20, 45, NO_PROBABILITY])
    expect([...probabilityLevels(null, Uint32Array.of(0))]).toEqual([NO_PROBABILITY])
  })

  it('counts classes and summarises the selection', () => {
    expect(countClasses(errorClasses(target, probability, all, 0.5), 6)).toEqual([1, 1, 1, 1, 2, 0])
    expect(courtSummary(target, all)).toEqual({ shots: 6, labelled: 4, unlabelled: 2 })
    expect(courtSummary(target, Uint32Array.of(4, 5))).toEqual({
      shots: 2,
      labelled: 0,
      unlabelled: 2,
    })
  })
})

// The pipeline's predictions (npm run pipeline; CI runs it before the tests, `npm test` runs it
// when they are missing), shipped by the build step into a temporary folder: public/data only
// exists after `next build`, which runs after the unit tests.
const OUTPUT = fileURLToPath(new URL('../../../data/output', import.meta.url))

describe('on the Kobe prod predictions, as the build step ships them', () => {
  let rowsFile: Uint8Array

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'shot-classes-'))
    const inputs = await loadSiteInputs({
      dev: join(OUTPUT, 'predictions_dev.parquet'),
      prod: join(OUTPUT, 'predictions_prod.parquet'),
      tracking: null,
    })
    const snapshot = await buildPredictionsSnapshot({ ...inputs, outDir })
    expect(snapshot.problems).toEqual([])
    expect(snapshot.datasets.prod).toMatchObject({ rows: 6426, sampled: false })
    rowsFile = new Uint8Array(await readFile(join(outDir, 'rows-prod.parquet')))
  }, 60_000)

  it('agrees with confusionAtThreshold and makes every made 3-pointer a false negative at 0.5', async () => {
    const { data } = await parseRows(rowsFile, 'rows-prod.parquet')
    const every = Uint32Array.from({ length: data.target.length }, (_, i) => i)
    const summary = courtSummary(data.target, every)
    expect(summary).toEqual({ shots: 6426, labelled: 5412, unlabelled: 1014 })
    const outcome = countClasses(outcomeClasses(data.target, every), 3)
    expect(outcome).toEqual([1782, 3630, 1014])

    const labelled = every.filter((i) => !Number.isNaN(data.target[i]))
    for (const threshold of [0.3, 0.44, 0.5]) {
      const counts = countClasses(errorClasses(data.target, data.probability, every, threshold), 6)
      const reference = confusionAtThreshold(
        Array.from(labelled, (i) => data.target[i] as number),
        Array.from(labelled, (i) => data.probability![i] as number),
        threshold,
      )
      expect(counts).toEqual([reference.tp, reference.fp, reference.fn, reference.tn, 1014, 0])
    }
    // pinned from data/output/predictions_prod.parquet read directly (prediction_score = P(made))
    const at = (threshold: number) =>
      countClasses(errorClasses(data.target, data.probability, every, threshold), 6)
    // at 0.5 one labelled miss is predicted made (FP) and every made 3-pointer is an FN
    expect(at(0.5)).toEqual([0, 1, 1782, 3629, 1014, 0])
    expect(at(0.3)).toEqual([1537, 2907, 245, 723, 1014, 0])
  })
})

import { describe, expect, it } from 'vitest'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { buildModelSnapshot } from '../../site-data/model/build-model-snapshot'
import { openTrackingInput } from '../../site-data/open-tracking-input'
import { formShowsRow, normaliseShotId, shotIdIndex, shotRow } from './shot-lookup'
import { modelInputs, scoreRow } from './what-if-model'

describe('normaliseShotId', () => {
  it('trims and drops leading zeros of numbers', () => {
    expect(normaliseShotId(' 00123 ')).toBe('123')
    expect(normaliseShotId('abc-1')).toBe('abc-1')
  })
})

describe('shot lookup on the prod predictions', async () => {
  const prod = await loadPredictionsFile('data/output/predictions_prod.parquet')
  const { model } = await buildModelSnapshot({
    tracking: await openTrackingInput('mlruns'),
    dev: null,
    prod: null,
    outDir: null,
  })

  it('indexes every prod shot and gives back its inputs, stored score and outcome', () => {
    const index = shotIdIndex(prod)
    expect(index.size).toBe(6426)
    const first = prod.data.context.shot_id![0]!
    const row = shotRow(prod, index.get(String(first))!, modelInputs(model!))
    expect(row.index).toBe(0)
    expect(row.shotId).toBe(String(first))
    expect(Object.keys(row.values)).toEqual([
      'lat',
      'lng',
      'minutes_remaining',
      'period',
      'playoffs',
      'shot_distance',
    ])
    expect(row.values.shot_distance).toBe(prod.data.features.shot_distance![0])
    expect(row.storedScore).toBe(prod.data.probability![0])
    expect(row.context.game_date).toBe(String(prod.data.context.game_date![0]))
  })

  it('scores every row in the form exactly as the stored prediction_score', () => {
    let worst = 0
    let unknown = 0
    for (const [, i] of shotIdIndex(prod)) {
      const row = shotRow(prod, i, modelInputs(model!))
      if (row.outcome === null) unknown++
      worst = Math.max(worst, Math.abs(scoreRow(model!, [], row.values) - row.storedScore!))
      expect(formShowsRow(row, { ...row.values })).toBe(true)
    }
    expect(worst).toBe(0)
    expect(unknown).toBe(6426 - 5412)
  })

  it('tells when the form no longer shows the row', () => {
    const row = shotRow(prod, 0, modelInputs(model!))
    expect(formShowsRow(row, { ...row.values, period: row.values.period! + 1 })).toBe(false)
    expect(formShowsRow(row, null)).toBe(false)
  })
})

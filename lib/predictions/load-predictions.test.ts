import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPredictionsFile, mappingFileCandidates } from './load-predictions'

const kobe = process.env.KOBE_DATA_DIR ?? join(__dirname, '../../../shared/data/kobe')
const fixture = (name: string) => join(__dirname, 'fixtures', name)

describe('loadPredictionsFile on the course prod file', () => {
  it('finds target and features, and says there are no predictions', async () => {
    const { report, data } = await loadPredictionsFile(join(kobe, 'dataset_kobe_prod.parquet'))
    expect(report).toMatchObject({ rows: 6426, labelledRows: 5412, unlabelledRows: 1014 })
    expect(report.mapping.target).toBe('shot_made_flag')
    expect(report.mapping.features.lng).toBe('lon')
    expect(report.mapping.probability).toBeNull()
    expect(report.probabilityConvention).toBeNull()
    expect(report.missing[0]).toBe(
      'no prediction columns (neither a probability nor a predicted label): this file holds no model output, so performance metrics, ROC curve and threshold analysis are unavailable',
    )
    expect(report.detected).toContain('ignored pandas index column: __index_level_0__')
    expect(report.detected).toContain(
      'ignored 8 columns the model does not use: combined_shot_type, game_event_id, game_id, seconds_remaining, shot_type, team_id, team_name, matchup',
    )
    expect(report.warnings).toEqual([])
    expect(data.probability).toBeNull()
    expect(data.features.shot_distance?.[0]).toBe(25)
    expect(data.features.lng?.[0]).toBeCloseTo(-118.3638, 6)
    expect(data.context.shot_id?.[0]).toBe(11)
    expect(
      data.target.filter((v) => v === 1).length + data.target.filter((v) => v === 0).length,
    ).toBe(5412)
  })
})

describe('mapping files', () => {
  it('looks for <file>.mapping.json, <stem>.mapping.json, then predictions.mapping.json', () => {
    expect(mappingFileCandidates('runs/prod.parquet')).toEqual([
      'runs/prod.parquet.mapping.json',
      'runs/prod.mapping.json',
      'runs/predictions.mapping.json',
    ])
  })

  it('uses <stem>.mapping.json before predictions.mapping.json, and the option over both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'predictions-'))
    const file = join(dir, 'peer.parquet')
    copyFileSync(fixture('mapped/peer-output.parquet'), file)
    writeFileSync(join(dir, 'predictions.mapping.json'), '{"target": "nope"}')
    writeFileSync(join(dir, 'peer.mapping.json'), '{"target": "y", "probability": "p1"}')
    const fromFile = await loadPredictionsFile(file)
    expect(fromFile.report.detected[0]).toBe(`mapping file: ${join(dir, 'peer.mapping.json')}`)
    expect(fromFile.report.mapping).toMatchObject({ target: 'y', probability: 'p1', label: null })
    const withOption = await loadPredictionsFile(file, { mapping: { label: 'yhat', target: null } })
    expect(withOption.report.mapping).toMatchObject({ target: null, label: 'yhat' })
    expect(withOption.report.labelledRows).toBe(0)
    rmSync(dir, { recursive: true })
  })

  it('names the mapping file, the key and the value when a column is missing', async () => {
    await expect(loadPredictionsFile(fixture('bad-mapping-column.parquet'))).rejects.toThrow(
      /bad-mapping-column\.parquet\.mapping\.json: "probability" is "p9", which is not a column of .*bad-mapping-column\.parquet \(its columns: lng, lat, .*p_made\)/,
    )
  })
})

describe('files that are not predictions', () => {
  it('names a missing file', async () => {
    await expect(loadPredictionsFile('/nowhere/preds.parquet')).rejects.toThrow(
      '/nowhere/preds.parquet: file not found',
    )
  })

  it('says a CSV named .parquet looks like CSV', async () => {
    await expect(loadPredictionsFile(fixture('not-parquet.parquet'))).rejects.toThrow(
      /not-parquet\.parquet: not a parquet file \(no "PAR1" magic bytes\): it looks like CSV text \(starts with "shot_id,lat,lon,prediction_sco"\)/,
    )
  })
})

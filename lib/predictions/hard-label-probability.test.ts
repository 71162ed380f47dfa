/** A probability-named column holding only 0 and 1 (a student's predict_score) is a hard label. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { loadPredictionsFile } from './load-predictions'

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'hard-label-'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

async function write(name: string, score: number[]): Promise<string> {
  const file = join(folder, name)
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: 'shot_made_flag', type: 'INT32', data: [1, 0, 1, 1, 0] },
      { name: 'predict_score', type: 'DOUBLE', data: score },
    ],
  })
  await writeFile(file, new Uint8Array(bytes))
  return file
}

test('predict_score with only 0 and 1 is read as the predicted label, with one sentence saying so', async () => {
  const file = await write('student.parquet', [1, 0, 0, 1, 0])
  const { report, data } = await loadPredictionsFile(file)
  expect(data.probability).toBeNull()
  expect(Array.from(data.label!)).toEqual([1, 0, 0, 1, 0])
  expect(report.mapping.probability).toBeNull()
  expect(report.mapping.label).toBe('predict_score')
  expect(report.probabilityConvention).toBeNull()
  expect(report.warnings).toContain(
    'column "predict_score" is named like a probability but every one of its 5 values is exactly 0 or 1 (3 zeros, 2 ones), so it is read as a hard predicted label, not a probability: no ROC curve, log loss or threshold analysis from it',
  )
  expect(report.missing).toContain(
    'no probability column: ROC curve, log loss and threshold analysis unavailable',
  )
})

test('a predict_score with one value between 0 and 1 stays a probability', async () => {
  const file = await write('proba.parquet', [1, 0, 0.5, 1, 0])
  const { report, data } = await loadPredictionsFile(file)
  expect(report.mapping.probability).toBe('predict_score')
  expect(Array.from(data.probability!)).toEqual([1, 0, 0.5, 1, 0])
})

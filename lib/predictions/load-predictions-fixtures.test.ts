import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPredictionsFile } from './load-predictions'

const DIR = join(__dirname, 'fixtures')

/** Every `<name>.expected.json` under fixtures/, beside its `<name>.parquet`. */
function expectedFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return expectedFiles(path)
    return entry.name.endsWith('.expected.json') ? [path] : []
  })
}

/** NaN in typed arrays ↔ null in JSON. */
const plain = (values: ArrayLike<number>) => Array.from(values, (v) => (Number.isNaN(v) ? null : v))

const cases = expectedFiles(DIR).map((path) => ({
  name: relative(DIR, path).replace(/\.expected\.json$/, '.parquet'),
  expected: JSON.parse(readFileSync(path, 'utf8')),
}))

describe('predictions fixtures', () => {
  it('has one expected.json per convention', () => {
    expect(cases.length).toBe(17)
  })

  for (const { name, expected } of cases) {
    if (expected.error) {
      it(`refuses ${name} with a message naming the file and the value`, async () => {
        const error = await loadPredictionsFile(join(DIR, name)).catch((e: Error) => e)
        expect(error).toBeInstanceOf(Error)
        expect((error as Error).name).toBe(expected.error)
        for (const fragment of expected.messageIncludes) {
          expect((error as Error).message).toContain(fragment)
        }
      })
      continue
    }
    it(`loads ${name} as expected.json says`, async () => {
      const { report, data } = await loadPredictionsFile(join(DIR, name))
      const shown = JSON.parse(JSON.stringify(report).split(`${DIR}/`).join(''))
      expect(shown).toEqual(expected.report)

      expect(plain(data.target)).toEqual(expected.data.target)
      if (expected.data.probability === null) expect(data.probability).toBeNull()
      else {
        const probability = plain(data.probability!)
        expect(probability.map((p) => p === null)).toEqual(
          expected.data.probability.map((p: number | null) => p === null),
        )
        probability.forEach((p, i) => {
          if (p !== null) expect(p).toBeCloseTo(expected.data.probability[i], 9)
        })
      }
      expect(data.label === null ? null : Array.from(data.label)).toEqual(expected.data.label)
      expect(Object.keys(data.features)).toEqual(expected.data.features)
      expect(Object.keys(data.context)).toEqual(expected.data.context)
      for (const values of Object.values(data.features)) expect(values.length).toBe(report.rows)
    })
  }
})

import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readModelFile, scoreModel } from './read-model-file'

const DIR = join(__dirname, 'fixtures')
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { probabilities?: number[][]; predictions?: number[]; classes?: number[] }
>
const [header, ...lines] = readFileSync(join(DIR, 'input.csv'), 'utf8').trim().split('\n')
const names = (header ?? '').split(',')
const input: Record<string, Float64Array> = Object.fromEntries(
  names.map((n, j) => [
    n,
    Float64Array.from(lines, (l) => (l.split(',')[j] === '' ? NaN : Number(l.split(',')[j]))),
  ]),
)

describe('fixtures written by scikit-learn 1.2.1 (pickle protocols 2-5 and cloudpickle)', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.pkl'))) {
    const name = file.split('.')[0]
    it(`${file} matches sklearn within 1e-9`, () => {
      const r = readModelFile(readFileSync(join(DIR, file)), file)
      if (!r.ok) throw new Error(r.error)
      const out = scoreModel(r.model, input)
      const want = expected[name ?? '']!
      expect(out.rows).toBe(40)
      if (want.probabilities) {
        expect(r.model.classes).toEqual(want.classes)
        want.probabilities.forEach((row: number[], i: number) =>
          row.forEach((p: number, k: number) =>
            expect(Math.abs((out.cols[k] as Float64Array)[i]! - p)).toBeLessThan(1e-9),
          ),
        )
      } else {
        expect(r.model.kind).toBe('regressor')
        want.predictions!.forEach((p: number, i: number) =>
          expect(Math.abs((out.cols[0] as Float64Array)[i]! - p)).toBeLessThan(1e-9),
        )
      }
    })
  }
})

import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { binaryClfCurve } from '../../metrics/binary-clf-curve'
import { precisionRecallFromClfCurve } from '../../metrics/precision-recall-curve'
import { rocFromClfCurve } from '../../metrics/roc-curve'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { curvePoints, MAX_CURVE_POINTS, pickPoints } from './curve-points'

const PROD = fileURLToPath(
  new URL('../../../data/output/predictions_prod.parquet', import.meta.url),
)

describe('curvePoints on the Kobe prod curves', () => {
  it('keeps the Kobe curves whole; thinned, every dropped point is within the step', async () => {
    const { data } = await loadPredictionsFile(PROD)
    const y: number[] = []
    const p: number[] = []
    data.target.forEach((t, i) => {
      const s = data.probability![i]!
      if (!Number.isNaN(t) && !Number.isNaN(s)) {
        y.push(t)
        p.push(s)
      }
    })
    const curve = binaryClfCurve(y, p)
    const roc = rocFromClfCurve(curve)
    const pr = precisionRecallFromClfCurve(curve)
    expect(pr.recall.length).toBeLessThan(MAX_CURVE_POINTS)
    expect(curvePoints(pr.recall, pr.precision)).toBeNull()
    expect(pickPoints(roc.fpr, null)).toEqual(Array.from(roc.fpr))

    for (const [xs, ys] of [
      [roc.fpr, roc.tpr],
      [pr.recall, pr.precision],
    ] as const) {
      const step = 0.01
      const keep = curvePoints(xs, ys, step, 0)!
      expect(keep[0]).toBe(0)
      expect(keep[keep.length - 1]).toBe(xs.length - 1)
      expect(keep.length).toBeLessThan(xs.length / 2)
      let k = 0
      for (let i = 0; i < xs.length; i++) {
        if (keep[k + 1] === i) k++
        const at = keep[k]!
        expect(Math.abs(xs[i]! - xs[at]!)).toBeLessThan(step + 1e-12)
        expect(Math.abs(ys[i]! - ys[at]!)).toBeLessThan(step + 1e-12)
      }
    }
  })
})

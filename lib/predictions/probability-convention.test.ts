import { describe, expect, it } from 'vitest'
import { decideScoreConvention, toMadeProbability } from './probability-convention'
import { MISSING_LABEL } from './types'

const f64 = (...values: number[]) => Float64Array.from(values)
const u8 = (...values: number[]) => Uint8Array.from(values)

describe('decideScoreConvention', () => {
  it('reads PyCaret 3 confidences: label-0 rows score above some label-1 rows, all ≥ 0.5', () => {
    const decision = decideScoreConvention(f64(0.91, 0.62, 0.55, 0.8), u8(0, 1, 0, 1))
    expect(decision.convention).toBe('confidence_of_predicted_label')
    expect(decision.fits).toEqual({ positiveClass: false, confidence: true })
    expect(decision.warning).toBeNull()
  })

  it('reads P(made) when labels follow the score at a threshold', () => {
    const decision = decideScoreConvention(f64(0.12, 0.62, 0.45, 0.8), u8(0, 1, 0, 1))
    expect(decision.convention).toBe('positive_class')
    expect(decision.reason).toContain('label-0 scores ≤ 0.45, label-1 scores ≥ 0.62')
  })

  it('reads P(made) when a label-1 row scores below 0.5 (a lower threshold)', () => {
    const decision = decideScoreConvention(f64(0.1, 0.42, 0.3, 0.8), u8(0, 1, 0, 1))
    expect(decision.convention).toBe('positive_class')
    expect(decision.fits.confidence).toBe(false)
  })

  it('honours a PyCaret threshold below 0.5: confidences of label 1 may be under 0.5', () => {
    // probability_threshold 0.3: label 1 for P ≥ 0.3, score = P; label 0 score = 1 − P > 0.7
    const decision = decideScoreConvention(f64(0.35, 0.9, 0.8, 0.45), u8(1, 0, 0, 1))
    expect(decision.convention).toBe('confidence_of_predicted_label')
  })

  it('needs no warning when every label is 1: both readings give the same P(made)', () => {
    const decision = decideScoreConvention(f64(0.7, 0.55), u8(1, 1))
    expect(decision.warning).toBeNull()
    expect(toMadeProbability(f64(0.7, 0.55), u8(1, 1), decision.convention)).toEqual(f64(0.7, 0.55))
  })

  it('falls back on the score range, with a warning, when the labels cannot tell', () => {
    const allZero = decideScoreConvention(f64(0.7, 0.9), u8(0, 0))
    expect(allZero.convention).toBe('confidence_of_predicted_label')
    expect(allZero.warning).toContain('every predicted label is 0')
    const neither = decideScoreConvention(f64(0.2, 0.9, 0.3, 0.1), u8(1, 0, 0, 1))
    expect(neither.fits).toEqual({ positiveClass: false, confidence: false })
    expect(neither.convention).toBe('positive_class')
    expect(neither.warning).toContain('3 scores are below 0.5')
  })

  it('ignores rows without a score or a label and warns when none is left', () => {
    const decision = decideScoreConvention(f64(NaN, 0.3), u8(1, MISSING_LABEL))
    expect(decision.convention).toBe('positive_class')
    expect(decision.warning).toMatch(/^no row has both a score and a predicted label/)
  })
})

describe('toMadeProbability', () => {
  it('converts each convention to P(made)', () => {
    const score = f64(0.8, 0.7, NaN)
    const label = u8(1, 0, 1)
    expect(toMadeProbability(score, label, 'positive_class')).toEqual(f64(0.8, 0.7, NaN))
    const confidence = toMadeProbability(score, label, 'confidence_of_predicted_label')
    expect(confidence[0]).toBe(0.8)
    expect(confidence[1]).toBeCloseTo(0.3, 12)
    expect(confidence[2]).toBeNaN()
    const negative = toMadeProbability(score, null, 'negative_class')
    expect(negative[0]).toBeCloseTo(0.2, 12)
    expect(negative[1]).toBeCloseTo(0.3, 12)
  })

  it('leaves P(made) unknown for a confidence whose label is missing', () => {
    const p = toMadeProbability(f64(0.9), u8(MISSING_LABEL), 'confidence_of_predicted_label')
    expect(p[0]).toBeNaN()
  })
})

import type { DriftRow } from '../drift/drift-table'
import { reason, reasonText, type Reason } from './reason'

/** Above this share of prod rows outside dev's support, a feature breaks CBPE's assumption. */
export const MAX_OUTSIDE_SUPPORT_SHARE = 0.1
/** Above this rise of calibration error (calibrated scores, labelled prod vs dev), calibration shifted. */
export const MAX_CALIBRATION_SHIFT = 0.05

export interface FeatureSupport {
  feature: string
  /** numbers: share outside dev's central 99 % range; categories: share in unseen categories */
  outsideShare: number
  /** numbers: share outside dev's [min, max] */
  outsideRangeShare: number | null
  flagged: boolean
  /** e.g. "dev's central 99% is 0–25 (full range 0–79)"; `detailReason` is the same, coded */
  detail: string
  detailReason: Reason
}

export interface EstimateValidity {
  trustworthy: boolean
  support: FeatureSupport[]
  /** ECE of the calibrated scores on labelled prod minus on dev; null without prod labels */
  calibrationShift: number | null
  calibrationShiftNote: string
  calibrationShiftReason: Reason
  /** one plain sentence for the user, in English; `verdictReason` is the same, coded */
  verdict: string
  verdictReason: Reason
}

function percent(share: number): { share: number; digits: number } {
  return { share, digits: share < 0.01 ? 1 : 0 }
}

function detailed(why: Reason): { detail: string; detailReason: Reason } {
  return { detail: reasonText(why), detailReason: why }
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** Support coverage of each feature, from the drift table's rows (lib/drift/support-coverage). */
export function featureSupport(rows: DriftRow[]): FeatureSupport[] {
  return rows.map((row) => {
    const s = row.support
    if (s.kind === 'range') {
      const share = Number.isFinite(s.outsideCentralShare) ? s.outsideCentralShare : 0
      return {
        feature: row.column,
        outsideShare: share,
        outsideRangeShare: Number.isFinite(s.outsideShare) ? s.outsideShare : 0,
        flagged: share > MAX_OUTSIDE_SUPPORT_SHARE,
        ...detailed(
          reason('validity.range', {
            low: s.centralLow,
            high: s.centralHigh,
            min: s.referenceMin,
            max: s.referenceMax,
          }),
        ),
      }
    }
    const share = Number.isFinite(s.outsideShare) ? s.outsideShare : 0
    return {
      feature: row.column,
      outsideShare: share,
      outsideRangeShare: null,
      flagged: share > MAX_OUTSIDE_SUPPORT_SHARE,
      ...detailed(
        s.unseen.length
          ? reason('validity.unseen', { categories: s.unseen })
          : reason('validity.noUnseen'),
      ),
    }
  })
}

/**
 * Whether the label-free estimate can be trusted: CBPE assumes prod rows come from regions the dev
 * reference covers (no covariate shift into unseen regions) and that P(y | score) did not change.
 * Flags a feature with more than 10 % of prod rows outside dev's support, and a rise of more than
 * 0.05 in the calibrated scores' ECE from dev to the labelled prod rows (when prod has labels).
 */
export function estimateValidity(
  rows: DriftRow[],
  calibrated: { devEce: number; prodEce: number | null },
): EstimateValidity {
  const support = featureSupport(rows)
  const shift = calibrated.prodEce === null ? null : calibrated.prodEce - calibrated.devEce
  const shiftFlagged = shift !== null && shift > MAX_CALIBRATION_SHIFT
  const calibrationShiftReason =
    shift === null
      ? reason('validity.shiftUnchecked')
      : reason(shiftFlagged ? 'validity.shifted' : 'validity.stable', {
          dev: round3(calibrated.devEce),
          prod: round3(calibrated.prodEce!),
          limit: MAX_CALIBRATION_SHIFT,
        })
  const shiftPart = {
    calibrationShift: shift,
    calibrationShiftNote: reasonText(calibrationShiftReason),
    calibrationShiftReason,
  }
  const outside = support.filter((s) => s.flagged).sort((a, b) => b.outsideShare - a.outsideShare)
  const reasons: Reason[] = outside.map((s) =>
    reason('validity.support', {
      share: percent(s.outsideShare),
      feature: s.feature,
      detail: s.detailReason,
    }),
  )
  if (shiftFlagged) reasons.push(calibrationShiftReason)
  const trustworthy = support.length > 0 && reasons.length === 0
  const verdictReason =
    support.length === 0
      ? reason('validity.unchecked')
      : trustworthy
        ? reason(shift === null ? 'validity.trusted' : 'validity.trustedStable', {
            share: percent(Math.max(0, ...support.map((s) => s.outsideShare))),
          })
        : reason('validity.untrusted', { reasons: { clauses: reasons } })
  return {
    trustworthy,
    support,
    ...shiftPart,
    verdict: reasonText(verdictReason),
    verdictReason,
  }
}

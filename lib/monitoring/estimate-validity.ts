import type { DriftRow } from '../drift/drift-table'

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
  /** e.g. "dev 0–25 (central 99 %)" */
  detail: string
}

export interface EstimateValidity {
  trustworthy: boolean
  support: FeatureSupport[]
  /** ECE of the calibrated scores on labelled prod minus on dev; null without prod labels */
  calibrationShift: number | null
  calibrationShiftNote: string
  /** one plain sentence for the user */
  verdict: string
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share < 0.01 ? 1 : 0)}%`
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
        detail: `dev's central 99% is ${s.centralLow}–${s.centralHigh} (full range ${s.referenceMin}–${s.referenceMax})`,
      }
    }
    const share = Number.isFinite(s.outsideShare) ? s.outsideShare : 0
    return {
      feature: row.column,
      outsideShare: share,
      outsideRangeShare: null,
      flagged: share > MAX_OUTSIDE_SUPPORT_SHARE,
      detail: s.unseen.length
        ? `categories dev never saw: ${s.unseen.join(', ')}`
        : 'no unseen category',
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
  const calibrationShiftNote =
    shift === null
      ? 'calibration shift cannot be checked: prod has no labelled row'
      : `calibrated scores' ECE is ${calibrated.devEce.toFixed(3)} on dev and ${calibrated.prodEce!.toFixed(3)} on labelled prod (${shiftFlagged ? 'shifted' : 'stable'}, limit +${MAX_CALIBRATION_SHIFT})`
  const outside = support.filter((s) => s.flagged).sort((a, b) => b.outsideShare - a.outsideShare)
  const reasons: string[] = []
  if (outside.length) {
    reasons.push(
      outside
        .map(
          (s) =>
            `${percent(s.outsideShare)} of prod rows lie outside dev's ${s.feature} support (${s.detail})`,
        )
        .join('; '),
    )
  }
  if (shiftFlagged) reasons.push(calibrationShiftNote)
  if (support.length === 0) {
    return {
      trustworthy: false,
      support,
      calibrationShift: shift,
      calibrationShiftNote,
      verdict:
        'The label-free estimate cannot be checked: no feature of prod could be compared with dev.',
    }
  }
  const trustworthy = reasons.length === 0
  const verdict = trustworthy
    ? `The label-free estimate can be used: prod rows stay within dev's support (at most ${percent(
        Math.max(0, ...support.map((s) => s.outsideShare)),
      )} outside for any feature)${shift === null ? '' : ' and calibration is stable'}.`
    : `The label-free estimate is not to be trusted here: ${reasons.join('; ')}. ` +
      'CBPE learns P(made | score) on dev, so it says nothing about shots unlike any dev shot.'
  return { trustworthy, support, calibrationShift: shift, calibrationShiftNote, verdict }
}

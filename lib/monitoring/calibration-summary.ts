import { brierScore } from '../metrics/brier-score'
import { CALIBRATION_BINNING, calibrationError, type CalibrationBin } from './calibration-error'
import type { CbpeModel } from './cbpe-estimate'
import { applyIsotonic } from './isotonic-calibrator'
import type { LabelledRows } from './labelled-rows'
import { asReason, reason, reasonText, type Reason } from './reason'

export interface CalibrationSummary {
  ece: number | null
  mce: number | null
  brier: number | null
  binning: string
  bins: CalibrationBin[]
  rows: number
  /** why ECE/MCE are missing, in English; `reason` is the same, coded */
  unavailable?: string
  reason?: Reason
}

/** ECE and MCE (10 uniform bins) beside the Brier score, or why they are missing. */
export function calibrationSummary(rows: LabelledRows, what: string | Reason): CalibrationSummary {
  if (rows.y.length === 0) {
    const why = reason('calibration.noLabels', { what: asReason(what) })
    return {
      ece: null,
      mce: null,
      brier: null,
      binning: CALIBRATION_BINNING,
      bins: [],
      rows: 0,
      unavailable: reasonText(why),
      reason: why,
    }
  }
  const c = calibrationError(rows.y, rows.p)
  return {
    ece: c.ece,
    mce: c.mce,
    brier: brierScore(rows.y, rows.p),
    binning: CALIBRATION_BINNING,
    bins: c.bins,
    rows: rows.y.length,
  }
}

/** ECE of the CBPE-calibrated scores (the calibration-shift check); null without rows. */
export function calibratedEce(model: CbpeModel, rows: LabelledRows): number | null {
  if (rows.y.length === 0) return null
  const q = rows.p.map((s) => applyIsotonic(model.calibrator, s))
  return calibrationError(rows.y, q).ece
}

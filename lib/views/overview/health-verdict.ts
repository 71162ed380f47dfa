import type { DriftRow, DriftTable } from '../../drift/drift-table'
import type { BinaryMetrics } from '../../metrics/binary-metrics'
import type { DatasetName } from '../../site-data/predictions/snapshot-types'

export type Severity = 'ok' | 'warning' | 'critical'

/** Views that hold the evidence for a finding. */
export type EvidenceRoute = '/performance/' | '/drift/' | '/court/' | '/timeline/'

/** The rules of the verdict, shown to the reader under it. */
export const HEALTH_RULES = {
  /** prod F1 at least this much below dev F1 (relative): warning / critical */
  f1DropWarning: 0.1,
  f1DropCritical: 0.5,
  /** below this share of prod shots called made, the F1 clause says how few */
  fewPredicted: 0.01,
  /** share of prod shots outside the dev range of a feature: warning / critical */
  outsideWarning: 0.1,
  outsideCritical: 0.5,
} as const

export type HealthFinding =
  | { kind: 'unavailable'; dataset: DatasetName; severity: 'warning' }
  | { kind: 'noLabels'; dataset: DatasetName; severity: 'warning' }
  | {
      /** labelled shots exist but none has a usable probability */
      kind: 'noProbability'
      dataset: DatasetName
      /** the probability column; null when the file has none */
      column: string | null
      /** values of that column outside [0, 1] or missing */
      excluded: number
      labelled: number
      severity: 'warning'
    }
  | {
      kind: 'f1'
      dev: number
      prod: number
      threshold: number
      /** (dev − prod) / dev; 0 when dev F1 is 0 */
      relativeDrop: number
      /** prod shots called made at the threshold, of those with a probability */
      prodPredicted: number
      prodScored: number
      severity: Severity
    }
  | { kind: 'drift'; drifted: number; columns: number; datasetDrift: boolean; severity: Severity }
  | {
      /** the monitoring report's retrain signals (data/monitoring.json), reactive and predictive */
      kind: 'retrain'
      reactive: number
      predictive: number
      severity: Severity
    }
  | {
      kind: 'outside'
      feature: string
      /** share and count of prod values outside the dev [min, max] (or in unseen categories) */
      share: number
      count: number
      total: number
      /** the dev range; null for a categorical feature (unseen categories) */
      range: { min: number; max: number } | null
      severity: Severity
    }

export interface HealthVerdict {
  severity: Severity
  findings: HealthFinding[]
  /** the views to open, in the order of the findings */
  evidence: EvidenceRoute[]
}

/** What the verdict needs of one dataset; null when the dataset is not available at all. */
export interface DatasetHealth {
  /** metrics at the threshold; null without labelled rows that have a probability */
  metrics: BinaryMetrics | null
  /** rows called made at the threshold, and rows with a probability */
  predictedMade: number
  scored: number
  /** labelled shots in the selection, and the probability column with its unusable values:
   * when given, a missing metric is blamed on the probabilities rather than the labels */
  labelled?: number
  probability?: { column: string | null; excluded: number }
}

export interface HealthInput {
  threshold: number
  dev: DatasetHealth | null
  prod: DatasetHealth | null
  drift: DriftTable | null
  /** the monitoring report's retrain signals; omitted or null when the report is not there */
  signals?: readonly { kind: 'reactive' | 'predictive'; triggered: boolean }[] | null
}

const RANK: Record<Severity, number> = { ok: 0, warning: 1, critical: 2 }

export const worstSeverity = (severities: readonly Severity[]): Severity =>
  severities.reduce<Severity>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'ok')

function f1Finding(
  dev: BinaryMetrics,
  prod: DatasetHealth & { metrics: BinaryMetrics },
  threshold: number,
): HealthFinding {
  const d = dev.f1_score
  const p = prod.metrics.f1_score
  const relativeDrop = d > 0 ? (d - p) / d : 0
  const severity: Severity =
    relativeDrop >= HEALTH_RULES.f1DropCritical
      ? 'critical'
      : relativeDrop >= HEALTH_RULES.f1DropWarning || (d === 0 && p === 0)
        ? 'warning'
        : 'ok'
  return {
    kind: 'f1',
    dev: d,
    prod: p,
    threshold,
    relativeDrop,
    prodPredicted: prod.predictedMade,
    prodScored: prod.scored,
    severity,
  }
}

function outsideOf(row: DriftRow): {
  share: number
  count: number
  range: { min: number; max: number } | null
} {
  const s = row.support
  return s.kind === 'range'
    ? {
        share: s.outsideShare,
        count: s.below + s.above,
        range: { min: s.referenceMin, max: s.referenceMax },
      }
    : { share: s.outsideShare, count: s.outside, range: null }
}

/** The feature with the largest share of prod outside the dev support, when that is notable. */
function outsideFinding(drift: DriftTable): HealthFinding | null {
  let best: { row: DriftRow; share: number } | null = null
  for (const row of drift.rows) {
    const share = outsideOf(row).share
    if (Number.isFinite(share) && (best === null || share > best.share)) best = { row, share }
  }
  if (best === null || best.share < HEALTH_RULES.outsideWarning) return null
  const { share, count, range } = outsideOf(best.row)
  return {
    kind: 'outside',
    feature: best.row.column,
    share,
    count,
    total: best.row.curCount,
    range,
    severity: share >= HEALTH_RULES.outsideCritical ? 'critical' : 'warning',
  }
}

/** Why a dataset has no metrics: no usable probability although shots are labelled, or no labels. */
function missingMetrics(dataset: DatasetName, side: DatasetHealth): HealthFinding {
  const labelled = side.labelled ?? 0
  if (labelled > 0 && side.probability && side.scored === 0) {
    const { column, excluded } = side.probability
    return { kind: 'noProbability', dataset, column, excluded, labelled, severity: 'warning' }
  }
  return { kind: 'noLabels', dataset, severity: 'warning' }
}

const EVIDENCE: Record<HealthFinding['kind'], EvidenceRoute[]> = {
  unavailable: [],
  noLabels: ['/performance/'],
  noProbability: ['/performance/'],
  f1: ['/performance/'],
  drift: ['/drift/'],
  outside: ['/drift/', '/court/'],
  retrain: ['/timeline/'],
}

/**
 * "How is the model doing in prod?" from the metrics at the threshold and the drift table:
 * the F1 drop dev → prod, the dataset drift verdict, the monitoring report's retrain signals
 * (when given), and the largest share of prod shots outside
 * the dev range of a feature (the model extrapolating). The worst finding sets the severity.
 */
export function assessHealth({ threshold, dev, prod, drift, signals }: HealthInput): HealthVerdict {
  const findings: HealthFinding[] = []
  for (const [name, side] of [
    ['dev', dev],
    ['prod', prod],
  ] as const) {
    if (side === null) findings.push({ kind: 'unavailable', dataset: name, severity: 'warning' })
  }
  if (dev && prod) {
    if (prod.metrics === null) findings.push(missingMetrics('prod', prod))
    else if (dev.metrics === null) findings.push(missingMetrics('dev', dev))
    else findings.push(f1Finding(dev.metrics, { ...prod, metrics: prod.metrics }, threshold))
  }
  if (drift && drift.rows.length > 0) {
    const { driftedCount, columnCount, datasetDrift } = drift.dataset
    findings.push({
      kind: 'drift',
      drifted: driftedCount,
      columns: columnCount,
      datasetDrift,
      severity: datasetDrift ? 'warning' : 'ok',
    })
    const outside = outsideFinding(drift)
    if (outside) findings.push(outside)
  }
  if (signals && signals.length > 0) {
    const fired = (kind: 'reactive' | 'predictive') =>
      signals.filter((s) => s.kind === kind && s.triggered).length
    const reactive = fired('reactive')
    const predictive = fired('predictive')
    // a metric that degraded is worse news than inputs that moved
    const severity: Severity = reactive > 0 ? 'critical' : predictive > 0 ? 'warning' : 'ok'
    findings.push({ kind: 'retrain', reactive, predictive, severity })
  }
  const evidence = [...new Set(findings.flatMap((f) => EVIDENCE[f.kind]))]
  return { severity: worstSeverity(findings.map((f) => f.severity)), findings, evidence }
}

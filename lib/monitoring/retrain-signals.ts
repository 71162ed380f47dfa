import { LOWER_IS_BETTER } from './metric-set'
import { asReason, reason, reasonText, type Reason } from './reason'

export type SignalKind = 'reactive' | 'predictive'

/** A reason to retrain, or the check that found none. */
export interface RetrainSignal {
  kind: SignalKind
  /** the metric watched (reactive signals) */
  metric?: string
  triggered: boolean
  /** one sentence in English: what triggered it, or why it did not (or could not) */
  cause: string
  /** the same, coded, for the views to render in the page's language */
  reason: Reason
  /** where in the report the numbers are, as JSON pointers */
  evidence: string[]
  /** the chunk (e.g. "2007-08") where it fired, when it compares chunks */
  when?: string
}

export interface ReactiveOptions {
  /** metric to watch (default f1_score) */
  metric?: string
  /** relative degradation that triggers (default 0.15 = 15 %) */
  maxDegradation?: number
}

export const DEFAULT_REACTIVE_METRIC = 'f1_score'
export const DEFAULT_MAX_DEGRADATION = 0.15

/** A signal's cause: the coded reason and its English sentence. */
function because(why: Reason): { cause: string; reason: Reason } {
  return { cause: reasonText(why), reason: why }
}

/** A relative change as a share with one decimal ("42.3%"). */
function change(share: number): { share: number; digits: number } {
  return { share, digits: 1 }
}

/**
 * Relative degradation from `baseline` to `current`: (baseline − current) / |baseline| for a
 * higher-is-better metric, (current − baseline) / |baseline| for log loss and Brier. Null when
 * the baseline is 0 (no relative change exists).
 */
export function relativeDegradation(
  metric: string,
  baseline: number,
  current: number,
): number | null {
  if (baseline === 0) return null
  const change = LOWER_IS_BETTER.has(metric) ? current - baseline : baseline - current
  return change / Math.abs(baseline)
}

/** A reactive signal: `metric` degrades by more than maxDegradation from dev to prod. */
export function reactiveDevProd(
  dev: number | null,
  prod: number | null,
  unavailable: string | Reason | undefined,
  options: ReactiveOptions = {},
): RetrainSignal {
  const metric = options.metric ?? DEFAULT_REACTIVE_METRIC
  const limit = options.maxDegradation ?? DEFAULT_MAX_DEGRADATION
  const evidence = [`/metrics/dev/values/${metric}`, `/metrics/prod/values/${metric}`]
  if (dev === null || prod === null) {
    return {
      kind: 'reactive',
      metric,
      triggered: false,
      ...because(
        reason('signal.devProdMissing', {
          metric,
          why: unavailable === undefined ? reason('signal.valueMissing') : asReason(unavailable),
        }),
      ),
      evidence,
    }
  }
  const degradation = relativeDegradation(metric, dev, prod)
  if (degradation === null) {
    return {
      kind: 'reactive',
      metric,
      triggered: false,
      ...because(reason('signal.devZero', { metric, prod })),
      evidence,
    }
  }
  const triggered = degradation > limit
  return {
    kind: 'reactive',
    metric,
    triggered,
    ...because(
      reason(triggered ? 'signal.devProdDegraded' : 'signal.devProdWithin', {
        metric,
        change: change(degradation),
        dev,
        prod,
        limit: { share: limit },
      }),
    ),
    evidence,
  }
}

/**
 * A reactive signal over a timeline: the worst relative degradation of `metric` from one chunk to
 * the next chunk that has a value. `chunks[k].value` is null for chunks without a realised value;
 * `index` is the chunk's position in the report's `chunks`, for the evidence pointer.
 */
export function reactiveBetweenChunks(
  chunking: string | Reason,
  chunks: { key: string; value: number | null; index: number }[],
  options: ReactiveOptions = {},
): RetrainSignal {
  const metric = options.metric ?? DEFAULT_REACTIVE_METRIC
  const limit = options.maxDegradation ?? DEFAULT_MAX_DEGRADATION
  interface Step {
    from: string
    to: string
    index: number
    degradation: number
    a: number
    b: number
  }
  let previous: { key: string; value: number } | null = null
  let found: Step | null = null
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!
    if (chunk.value === null) continue
    if (previous) {
      // from a 0 baseline a higher-is-better metric cannot degrade: count it as no change
      const d =
        relativeDegradation(metric, previous.value, chunk.value) ??
        (LOWER_IS_BETTER.has(metric) ? null : 0)
      if (d !== null && (!found || d > found.degradation)) {
        found = {
          from: previous.key,
          to: chunk.key,
          index: chunk.index,
          degradation: d,
          a: previous.value,
          b: chunk.value,
        }
      }
    }
    previous = { key: chunk.key, value: chunk.value }
  }
  if (!found) {
    return {
      kind: 'reactive',
      metric,
      triggered: false,
      ...because(reason('signal.chunksMissing', { metric, chunking: asReason(chunking) })),
      evidence: ['/chunks'],
    }
  }
  const triggered = found.degradation > limit
  return {
    kind: 'reactive',
    metric,
    triggered,
    ...because(
      reason(triggered ? 'signal.chunksDegraded' : 'signal.chunksWithin', {
        metric,
        change: change(found.degradation),
        chunking: asReason(chunking),
        from: found.from,
        to: found.to,
        a: found.a,
        b: found.b,
        limit: { share: limit },
      }),
    ),
    evidence: [`/chunks/${found.index}`],
    ...(triggered ? { when: found.to } : {}),
  }
}

/** A predictive signal: Evidently's dataset drift (share of drifted features >= drift_share). */
export function predictiveDatasetDrift(dataset: {
  share: number
  drift: boolean
  driftShare: number
  drifted: string[]
  columns: number
}): RetrainSignal {
  const counts = {
    drifted: dataset.drifted.length,
    columns: dataset.columns,
    share: { share: dataset.share, digits: 0 },
    rule: { share: dataset.driftShare },
  }
  return {
    kind: 'predictive',
    triggered: dataset.drift,
    ...because(
      dataset.columns === 0
        ? reason('signal.datasetUnjudged')
        : dataset.drift
          ? reason('signal.datasetDrift', { ...counts, features: dataset.drifted })
          : reason('signal.noDatasetDrift', counts),
    ),
    evidence: ['/dataset_drift'],
  }
}

/** A predictive signal: a feature that matters most to the model drifted. */
export function predictiveImportantDrift(
  top: string[],
  importanceMethod: string | Reason,
  features: { name: string; drift: boolean; statistic: number; method: string }[],
): RetrainSignal {
  const watched = features.filter((f) => top.includes(f.name))
  const drifted = watched.filter((f) => f.drift)
  const evidence = drifted.map((f) => `/features/${features.indexOf(f)}`)
  return {
    kind: 'predictive',
    triggered: drifted.length > 0,
    ...because(
      watched.length === 0
        ? reason('signal.importantUntested')
        : drifted.length
          ? reason('signal.importantDrifted', {
              features: drifted.map((f) =>
                reason('signal.featureStatistic', {
                  name: f.name,
                  method: f.method,
                  statistic: f.statistic,
                }),
              ),
              importance: asReason(importanceMethod),
            })
          : reason('signal.importantStable', {
              features: watched.map((f) => f.name),
              importance: asReason(importanceMethod),
            }),
    ),
    evidence: evidence.length ? evidence : ['/features'],
  }
}

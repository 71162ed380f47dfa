import { LOWER_IS_BETTER } from './metric-set'

export type SignalKind = 'reactive' | 'predictive'

/** A reason to retrain, or the check that found none. */
export interface RetrainSignal {
  kind: SignalKind
  /** the metric watched (reactive signals) */
  metric?: string
  triggered: boolean
  /** one sentence: what triggered it, or why it did not (or could not) */
  cause: string
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

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4)
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
  unavailable: string | undefined,
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
      cause: `${metric} cannot be compared from dev to prod: ${unavailable ?? 'a value is missing'}`,
      evidence,
    }
  }
  const degradation = relativeDegradation(metric, dev, prod)
  if (degradation === null) {
    return {
      kind: 'reactive',
      metric,
      triggered: false,
      cause: `${metric} is 0 on dev, so a relative degradation is undefined (prod ${fmt(prod)})`,
      evidence,
    }
  }
  const triggered = degradation > limit
  const pct = (degradation * 100).toFixed(1)
  return {
    kind: 'reactive',
    metric,
    triggered,
    cause: triggered
      ? `${metric} degraded by ${pct}% from dev (${fmt(dev)}) to prod (${fmt(prod)}), more than the ${limit * 100}% allowed`
      : `${metric} moved by ${pct}% from dev (${fmt(dev)}) to prod (${fmt(prod)}), within the ${limit * 100}% allowed`,
    evidence,
  }
}

/**
 * A reactive signal over a timeline: the worst relative degradation of `metric` from one chunk to
 * the next chunk that has a value. `chunks[k].value` is null for chunks without a realised value;
 * `index` is the chunk's position in the report's `chunks`, for the evidence pointer.
 */
export function reactiveBetweenChunks(
  chunking: string,
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
      cause: `${metric} cannot be compared between ${chunking} chunks: fewer than two chunks have a realised value`,
      evidence: ['/chunks'],
    }
  }
  const triggered = found.degradation > limit
  const pct = (found.degradation * 100).toFixed(1)
  return {
    kind: 'reactive',
    metric,
    triggered,
    cause: triggered
      ? `${metric} degraded by ${pct}% from ${chunking} ${found.from} (${fmt(found.a)}) to ${found.to} (${fmt(found.b)}), more than the ${limit * 100}% allowed`
      : `${metric} never degraded by more than ${limit * 100}% from one ${chunking} chunk to the next (worst ${pct}%, ${found.from} → ${found.to})`,
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
  const pct = (dataset.share * 100).toFixed(0)
  return {
    kind: 'predictive',
    triggered: dataset.drift,
    cause:
      dataset.columns === 0
        ? 'dataset drift cannot be judged: no feature could be tested'
        : dataset.drift
          ? `dataset drift: ${dataset.drifted.length} of ${dataset.columns} features drifted (${pct}%, at or above the ${dataset.driftShare * 100}% share): ${dataset.drifted.join(', ')}`
          : `no dataset drift: ${dataset.drifted.length} of ${dataset.columns} features drifted (${pct}%, below the ${dataset.driftShare * 100}% share)`,
    evidence: ['/dataset_drift'],
  }
}

/** A predictive signal: a feature that matters most to the model drifted. */
export function predictiveImportantDrift(
  top: string[],
  importanceMethod: string,
  features: { name: string; drift: boolean; statistic: number; method: string }[],
): RetrainSignal {
  const watched = features.filter((f) => top.includes(f.name))
  const drifted = watched.filter((f) => f.drift)
  const evidence = drifted.map((f) => `/features/${features.indexOf(f)}`)
  return {
    kind: 'predictive',
    triggered: drifted.length > 0,
    cause:
      watched.length === 0
        ? 'no feature that matters most to the model could be tested for drift'
        : drifted.length
          ? `features that matter most to the model drifted: ${drifted
              .map((f) => `${f.name} (${f.method} ${fmt(f.statistic)})`)
              .join(', ')} (importance: ${importanceMethod})`
          : `none of the features that matter most (${watched.map((f) => f.name).join(', ')}) drifted (importance: ${importanceMethod})`,
    evidence: evidence.length ? evidence : ['/features'],
  }
}

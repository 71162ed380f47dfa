import { ownModelJson, type LoggedModel } from '../serving/read-logged-model'
import { reason, reasonText, type Reason } from './reason'

export interface FeatureImportance {
  /** how the importance was taken, in English words; `reason` is the same, coded */
  method: string
  reason: Reason
  /** by feature, largest first; empty when the model gives no ranking */
  ranking: { feature: string; importance: number }[]
  /** the features that matter most: the fewest, largest first, reaching `share` of the total */
  top: string[]
}

/** Share of the total importance the "features that matter most" must reach. */
export const TOP_IMPORTANCE_SHARE = 0.8

function populationStd(values: ArrayLike<number>): number {
  let n = 0
  let mean = 0
  let m2 = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (!Number.isFinite(v)) continue
    n++
    const d = v - mean
    mean += d / n
    m2 += d * (v - mean)
  }
  return n ? Math.sqrt(m2 / n) : 0
}

/**
 * Which features matter most to the model. A logistic regression: |coefficient × standard
 * deviation of the feature on dev| (the change of the log-odds for a one-std move), and the top
 * features are the fewest whose importance reaches 80 % of the total. Any other model (a pickled
 * one, a tree, or none): every feature counts, with the reason.
 */
function described(why: Reason): { method: string; reason: Reason } {
  return { method: reasonText(why), reason: why }
}

export function featureImportance(
  logged: LoggedModel | null,
  devFeatures: Record<string, ArrayLike<number>>,
  features: string[],
): FeatureImportance {
  const model = ownModelJson(logged)
  if (!model || model.type !== 'logistic_regression') {
    const why = model
      ? reason('importance.noCoefficients', { model: model.type.replace('_', ' ') })
      : logged?.format === 'portable-model/1'
        ? reason('importance.pickled', { model: logged.steps.join(' → ') })
        : reason('importance.noModel')
    return {
      ...described(why),
      ranking: [],
      top: features,
    }
  }
  const ranking = model.features
    .map((feature, j) => ({
      feature,
      importance: Math.abs(model.coefficients[j]! * populationStd(devFeatures[feature] ?? [])),
    }))
    .filter((r) => features.includes(r.feature))
    .sort((a, b) => b.importance - a.importance)
  const total = ranking.reduce((s, r) => s + r.importance, 0)
  const top: string[] = []
  let sum = 0
  for (const r of ranking) {
    if (top.length && sum >= TOP_IMPORTANCE_SHARE * total) break
    top.push(r.feature)
    sum += r.importance
  }
  return {
    ...described(reason('importance.coefficients')),
    ranking,
    top,
  }
}

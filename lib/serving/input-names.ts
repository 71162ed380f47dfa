import { FEATURE_ALIASES } from '../predictions/column-conventions'

const GROUPS: readonly (readonly string[])[] = Object.values(FEATURE_ALIASES)

/**
 * The request column names that stand for a model feature, the feature's own name first:
 * `lng` → lng, lon, long, longitude (and `lon` → lon, lng, …), as `npm run predict` and the
 * predictions reader match them. A feature outside the Kobe set is only its own name.
 */
export function inputNamesFor(feature: string): string[] {
  const group = GROUPS.find((g) => g.includes(feature))
  return group ? [feature, ...group.filter((n) => n !== feature)] : [feature]
}

/**
 * The column of `columns` for each of the model's features, in order: the feature's own name or
 * one of its names (`inputNames`, see inputNamesFor). Throws one sentence naming `source`, the
 * feature and the columns there are when one is missing.
 */
export function matchInputColumns<T>(
  model: { features: readonly string[]; inputNames: readonly (readonly string[])[] },
  columns: Readonly<Record<string, T>>,
  source: string,
): T[] {
  return model.features.map((feature, j) => {
    const name = (model.inputNames[j] ?? [feature]).find((n) => columns[n] !== undefined)
    if (name === undefined) {
      const has = Object.keys(columns).join(', ') || 'none'
      throw new Error(
        `${source} has no column "${feature}" the model needs (feature columns: ${has})`,
      )
    }
    return columns[name]!
  })
}

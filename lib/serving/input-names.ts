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

import type { DecisionTreeJson } from './model-json'
import type { FieldReader } from './json-field-readers'

/**
 * Validates the flat tree arrays: equal lengths, children after their parent (so every walk
 * ends), both children or none, feature indices in range, leaf values in [0, 1].
 */
export function parseTreeJson(
  read: FieldReader,
  raw: unknown,
  featureCount: number,
): DecisionTreeJson['tree'] {
  const obj = read.object(raw, 'tree')
  const feature = read.numberArray(obj.feature, 'tree.feature')
  const n = feature.length
  if (n === 0) read.fail('tree.feature', 'must have at least one node')
  const tree = {
    feature,
    threshold: read.numberArray(obj.threshold, 'tree.threshold', n),
    left: read.numberArray(obj.left, 'tree.left', n),
    right: read.numberArray(obj.right, 'tree.right', n),
    value: read.numberArray(obj.value, 'tree.value', n),
    samples: read.numberArray(obj.samples, 'tree.samples', n),
  }
  for (let i = 0; i < n; i++) {
    const f = tree.feature[i]!
    const l = tree.left[i]!
    const r = tree.right[i]!
    const v = tree.value[i]!
    if (!(v >= 0 && v <= 1)) read.fail(`tree.value[${i}]`, `must be in [0, 1], got ${v}`)
    if (f === -1) {
      if (l !== -1 || r !== -1) read.fail(`tree.left[${i}]`, `must be -1 at a leaf, got ${l}/${r}`)
      continue
    }
    if (!Number.isInteger(f) || f < 0 || f >= featureCount) {
      read.fail(
        `tree.feature[${i}]`,
        `must be -1 or a feature index below ${featureCount}, got ${f}`,
      )
    }
    for (const [name, child] of [
      ['left', l],
      ['right', r],
    ] as const) {
      if (!Number.isInteger(child) || child <= i || child >= n) {
        read.fail(`tree.${name}[${i}]`, `must be a node id after ${i} and below ${n}, got ${child}`)
      }
    }
  }
  return tree
}

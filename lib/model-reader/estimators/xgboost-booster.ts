import { decodeUbjson, type UbjValue } from '../ubjson'

/**
 * An XGBoost Booster's trees as plain data, read from the UBJSON a pickled `xgboost.core.Booster`
 * holds (`{Config, Model}`; Model is what `booster.save_model('m.json')` writes). Only tree
 * boosters (gbtree, and dart with its tree weights) with numerical splits are read.
 */
export interface XgbTree {
  left: number[]
  right: number[]
  /** split feature index per node */
  feature: number[]
  /** split threshold per inner node (float32); at a leaf, the leaf's value */
  cond: number[]
  /** 1 = a missing value goes left */
  defaultLeft: number[]
}

export interface XgbBooster {
  objective: string
  /** number of outputs per row: num_class for multi:*, else 1 */
  groups: number
  /** output group of each tree */
  treeGroup: number[]
  /** per-tree weight (dart's weight_drop); null for gbtree */
  weights: number[] | null
  trees: XgbTree[]
  /** base_score as stored (a probability for logistic objectives) */
  baseScore: number
  /** feature names the booster was trained with ([] when fitted on a plain array) */
  featureNames: string[]
  numFeature: number
  /** trees per boosting round: outputs × num_parallel_tree */
  roundTrees: number
  /** early stopping's best round (learner.attributes.best_iteration), which predict stops after */
  bestIteration: number | null
}

/** A Booster whose model the reader cannot use; the message names the file and what it holds. */
export class XgbModelError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XgbModelError'
  }
}

type Obj = { [key: string]: UbjValue }

function isObj(v: UbjValue | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function at(v: UbjValue | undefined, path: string[], what: string): UbjValue {
  let cur = v
  for (const k of path) {
    if (!isObj(cur) || !(k in cur))
      throw new XgbModelError(`${what} has no ${path.join('.')} in its model.`)
    cur = cur[k]
  }
  return cur!
}

function obj(v: UbjValue | undefined, path: string[], what: string): Obj {
  const o = at(v, path, what)
  if (!isObj(o)) throw new XgbModelError(`${what}: ${path.join('.')} is not an object.`)
  return o
}

/** XGBoost writes most parameters as strings ('5E-1', '3'); numbers are accepted too. */
function numParam(v: UbjValue | undefined, path: string[], what: string): number {
  const raw = at(v, path, what)
  // 2.1+ may write a vector as "[5E-1]"
  const s = typeof raw === 'string' ? raw.replace(/^\[(.*)\]$/, '$1') : raw
  const n = typeof s === 'number' ? s : typeof s === 'string' && s.trim() !== '' ? Number(s) : NaN
  if (!Number.isFinite(n))
    throw new XgbModelError(`${what}: ${path.join('.')} is ${JSON.stringify(raw)}, not a number.`)
  return n
}

function numberArray(t: Obj, key: string, n: number, what: string): number[] {
  const v = t[key]
  if (!Array.isArray(v) || v.length !== n || !v.every((x) => typeof x === 'number'))
    throw new XgbModelError(`${what}: a tree's ${key} is not ${n} numbers.`)
  return v as number[]
}

function readTree(t: UbjValue, i: number, numFeature: number, what: string): XgbTree {
  if (!isObj(t)) throw new XgbModelError(`${what}: tree ${i} is not an object.`)
  const n = numParam(t, ['tree_param', 'num_nodes'], what)
  if (numParam(t, ['tree_param', 'size_leaf_vector'], what) > 1)
    throw new XgbModelError(
      `${what}: tree ${i} has vector leaves (multi_strategy='multi_output_tree'), which the model reader does not support.`,
    )
  const types = t.split_type
  if (Array.isArray(types) && types.some((x) => x !== 0))
    throw new XgbModelError(
      `${what}: tree ${i} splits on a categorical feature (enable_categorical=True), which the model reader does not support.`,
    )
  const tree: XgbTree = {
    left: numberArray(t, 'left_children', n, what),
    right: numberArray(t, 'right_children', n, what),
    feature: numberArray(t, 'split_indices', n, what),
    cond: numberArray(t, 'split_conditions', n, what),
    defaultLeft: numberArray(t, 'default_left', n, what),
  }
  // every node reachable from the root once, children inside the tree: each walk ends at a leaf
  const seen = new Uint8Array(n)
  const stack = n > 0 ? [0] : []
  while (stack.length) {
    const k = stack.pop()!
    if (seen[k]) throw new XgbModelError(`${what}: tree ${i} reaches node ${k} twice.`)
    seen[k] = 1
    const l = tree.left[k]!
    if (l === -1) continue
    const r = tree.right[k]!
    const f = tree.feature[k]!
    if (!(l >= 0 && l < n && r >= 0 && r < n) || !(f >= 0 && f < numFeature))
      throw new XgbModelError(
        `${what}: tree ${i} node ${k} points at children ${l}, ${r} and feature ${f} outside the tree (${n} nodes, ${numFeature} features).`,
      )
    stack.push(l, r)
  }
  return tree
}

/**
 * A Booster's bytes: UBJSON (what xgboost 1.6+ pickles hold), or JSON text (xgboost's memory
 * snapshot before UBJSON). The old binary format (after a `CONFIG-offset:` header, or none) is
 * named, not read.
 */
function decodeBooster(bytes: Uint8Array, what: string): UbjValue {
  if (bytes[0] === 0x7b && bytes[1] === 0x22) {
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as UbjValue
    } catch (e) {
      throw new XgbModelError(`${what} is JSON text that does not parse: ${(e as Error).message}`)
    }
  }
  if (bytes[0] === 0x7b) return decodeUbjson(bytes, what)
  const start = Array.from(bytes.subarray(0, 16), (b) =>
    b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.',
  ).join('')
  throw new XgbModelError(
    `${what} is in an older xgboost's binary format (it starts with ${JSON.stringify(start)}), not UBJSON: load the model with that xgboost and pickle it again with xgboost 1.6 or newer.`,
  )
}

/** Decode a pickled Booster's `handle` bytes; `what` names the file and class in messages. */
export function readXgbBooster(handle: Uint8Array, what: string): XgbBooster {
  const doc = decodeBooster(handle, `${what}'s Booster`)
  // a raw model buffer (save_raw('ubj')) has the learner at the top; a pickle's has Config + Model
  const model = isObj(doc) && 'Model' in doc ? doc.Model : doc
  const learner = obj(model, ['learner'], what)
  const gb = obj(learner, ['gradient_booster'], what)
  const name = at(gb, ['name'], what)
  let weights: number[] | null = null
  let trees: Obj
  if (name === 'gbtree') trees = obj(gb, ['model'], what)
  else if (name === 'dart') {
    trees = obj(gb, ['gbtree', 'model'], what)
    const w = gb.weight_drop
    if (!Array.isArray(w) || !w.every((x) => typeof x === 'number'))
      throw new XgbModelError(`${what}: the dart booster has no weight_drop numbers.`)
    weights = w as number[]
  } else
    throw new XgbModelError(
      `${what} uses the ${JSON.stringify(name)} booster; the model reader supports tree boosters (gbtree, dart), not ${JSON.stringify(name)}.`,
    )
  const param = obj(learner, ['learner_model_param'], what)
  const numFeature = numParam(param, ['num_feature'], what)
  const numClass = numParam(param, ['num_class'], what)
  const numTarget = 'num_target' in param ? numParam(param, ['num_target'], what) : 1
  if (numTarget > 1)
    throw new XgbModelError(`${what} predicts ${numTarget} targets; the model reader supports one.`)
  const list = at(trees, ['trees'], what)
  const info = at(trees, ['tree_info'], what)
  if (!Array.isArray(list) || !Array.isArray(info) || info.length !== list.length)
    throw new XgbModelError(`${what}: trees and tree_info do not match.`)
  const groups = Math.max(1, numClass)
  const treeGroup = info.map((g) => {
    if (typeof g !== 'number' || !(g >= 0 && g < groups))
      throw new XgbModelError(`${what}: tree_info names the output ${String(g)} of ${groups}.`)
    return g
  })
  if (weights && weights.length !== list.length)
    throw new XgbModelError(
      `${what}: dart's weight_drop has ${weights.length} weights for ${list.length} trees.`,
    )
  const names = learner.feature_names
  // a categorical feature is fed as pandas' category codes, which the pickle does not keep
  const types = Array.isArray(learner.feature_types) ? learner.feature_types : []
  const categorical = types.flatMap((t, j) =>
    t === 'c' ? [Array.isArray(names) ? String(names[j]) : `f${j}`] : [],
  )
  if (categorical.length)
    throw new XgbModelError(
      `${what} was fitted with the categorical feature(s) ${categorical.join(', ')} (enable_categorical=True), which the model reader does not support.`,
    )
  const parallel = numParam(trees, ['gbtree_model_param', 'num_parallel_tree'], what)
  const attrs = learner.attributes
  const best =
    isObj(attrs) && 'best_iteration' in attrs ? numParam(attrs, ['best_iteration'], what) : null
  return {
    objective: String(at(learner, ['objective', 'name'], what)),
    groups,
    treeGroup,
    weights,
    trees: list.map((t, i) => readTree(t, i, numFeature, what)),
    baseScore: numParam(param, ['base_score'], what),
    featureNames: Array.isArray(names) ? names.map(String) : [],
    numFeature,
    roundTrees: groups * Math.max(1, parallel),
    bestIteration: best,
  }
}

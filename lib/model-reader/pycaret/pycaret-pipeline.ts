import type { ModelNode, OpSpec } from '../model-node'
import type { PyObject, PyValue } from '../py-value'

const stepEstimator = (step: PyValue): PyValue =>
  (Array.isArray(step) ? step[1] : (step as { items?: PyValue[] } | null)?.items?.[1]) ?? null

const isObj = (v: PyValue): v is PyObject =>
  !!v && typeof v === 'object' && !Array.isArray(v) && (v as PyObject).kind === 'object'

/**
 * PyCaret 3's `pycaret.internal.pipeline.Pipeline` (an imblearn Pipeline): the steps in order,
 * skipping 'passthrough' / None and, as PyCaret does for every prediction, the steps marked
 * `_train_only` (outlier removal, class re-balancing). Its cached `_memory_*` functions are
 * inert references and never used.
 */
export const pycaretPipelineOp: OpSpec = {
  op: 'pycaret-pipeline',
  classNames: ['pycaret.internal.pipeline.Pipeline'],
  role: 'pipeline',
  build(obj, ctx) {
    const steps = obj.state.steps
    if (!Array.isArray(steps))
      throw new Error(`${ctx.file}: the PyCaret Pipeline has no steps list.`)
    const nodes: ModelNode[] = []
    for (const step of steps) {
      const est = stepEstimator(step)
      if (est === null || est === 'passthrough') continue
      if (!isObj(est)) throw new Error(`${ctx.file}: a PyCaret Pipeline step is not an estimator.`)
      if (est.state._train_only === true) continue
      nodes.push(ctx.build(est))
    }
    return { op: 'pycaret-pipeline', className: obj.className, steps: nodes }
  },
  apply(node, input, apply) {
    let cur = input
    for (const step of (node as ModelNode & { steps: ModelNode[] }).steps) cur = apply(step, cur)
    return cur
  },
}

/**
 * The raw input features of a PyCaret pipeline: its `_feature_names_in` (X's columns, then the
 * target's name, which the first wrapper records as `target_name_`).
 */
export function pycaretFeatures(obj: PyObject): string[] | null {
  const names = obj.state._feature_names_in
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return null
  const steps = Array.isArray(obj.state.steps) ? obj.state.steps : []
  const first = steps.map(stepEstimator).find(isObj)
  const target = first?.state.target_name_
  const list = names as string[]
  return typeof target === 'string' && list[list.length - 1] === target ? list.slice(0, -1) : list
}

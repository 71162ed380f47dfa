import type { ModelNode, OpSpec } from '../model-node'
import type { PyObject, PyValue } from '../py-value'

/** sklearn.pipeline.Pipeline: each step's output feeds the next ('passthrough' / None skipped). */
export const pipelineOp: OpSpec = {
  op: 'pipeline',
  classNames: ['sklearn.pipeline.Pipeline'],
  role: 'pipeline',
  build(obj, ctx) {
    const steps = obj.state.steps
    if (!Array.isArray(steps)) throw new Error(`${ctx.file}: the Pipeline has no steps list.`)
    const nodes: ModelNode[] = []
    for (const step of steps) {
      const est = (
        Array.isArray(step) ? step[1] : (step as { items?: PyValue[] }).items?.[1]
      ) as PyValue
      if (est === null || est === 'passthrough') continue
      nodes.push(ctx.build(est as PyObject))
    }
    return { op: 'pipeline', className: obj.className, steps: nodes }
  },
  apply(node, input, apply) {
    let cur = input
    for (const step of (node as ModelNode & { steps: ModelNode[] }).steps) cur = apply(step, cur)
    return cur
  },
}

import type { ModelNode, OpSpec } from '../model-node'
import { numbers, numericCol } from '../nd'

/** SimpleImputer over numeric columns: NaN (or missing_values) becomes statistics_[j]. */
export const simpleImputerOp: OpSpec = {
  op: 'simple-imputer',
  classNames: ['sklearn.impute._base.SimpleImputer'],
  role: 'transformer',
  build(obj, ctx) {
    const s = obj.state
    const mv = s.missing_values
    return {
      op: 'simple-imputer',
      className: obj.className,
      statistics: numbers(s.statistics_, ctx.file, 'statistics_'),
      missing: typeof mv === 'number' && !Number.isNaN(mv) ? mv : null,
    }
  },
  apply(node, input) {
    const n = node as ModelNode & { statistics: number[]; missing: number | null }
    const cols = input.cols.map((_, j) =>
      numericCol(input, j, 'SimpleImputer').map((x) =>
        Number.isNaN(x) || (n.missing !== null && x === n.missing) ? n.statistics[j] : x,
      ),
    )
    // sklearn drops columns whose statistic is NaN (all-missing at fit time)
    const keep = n.statistics.map((v, j) => (Number.isNaN(v) ? -1 : j)).filter((j) => j >= 0)
    return {
      names: keep.map((j) => input.names[j]),
      cols: keep.map((j) => cols[j]),
      rows: input.rows,
    }
  },
}

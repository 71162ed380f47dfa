import type { Columns, ModelNode, OpSpec } from '../model-node'
import { labels, numbers, numericCol } from '../nd'
import type { PyObject } from '../py-value'

interface ImputerNode extends ModelNode {
  /** one per fitted column: a number (NaN = all-missing at fit, dropped) or a category string */
  statistics: Array<number | string>
  /** missing_values when it is not NaN / None (e.g. -1 or "?") */
  missing: number | string | null
  /** add_indicator: input columns whose missing-ness is appended as 0/1 columns */
  indicator: number[] | null
}

function isMissing(v: number | string | null | undefined, missing: number | string | null) {
  if (v === null || v === undefined) return missing === null
  if (typeof v === 'number' && Number.isNaN(v)) return missing === null
  return missing !== null && (v === missing || String(v) === String(missing))
}

/**
 * SimpleImputer: a missing value (NaN / None, or `missing_values`) becomes statistics_[j], numbers
 * for mean / median / constant, strings for most_frequent / constant on categories; columns
 * whose statistic is NaN are dropped as sklearn does; add_indicator appends MissingIndicator's
 * 0/1 columns.
 */
export const simpleImputerOp: OpSpec = {
  op: 'simple-imputer',
  classNames: ['sklearn.impute._base.SimpleImputer'],
  role: 'transformer',
  build(obj, ctx): ImputerNode {
    const s = obj.state
    const mv = s.missing_values
    const stats = labels(s.statistics_)
    const ind = s.add_indicator === true ? (s.indicator_ as PyObject | null) : null
    return {
      op: 'simple-imputer',
      className: obj.className,
      statistics: stats.every((x) => typeof x === 'number')
        ? numbers(s.statistics_, ctx.file, 'statistics_')
        : stats,
      missing: (typeof mv === 'number' && !Number.isNaN(mv)) || typeof mv === 'string' ? mv : null,
      indicator: ind ? numbers(ind.state.features_, ctx.file, 'indicator_.features_') : null,
    }
  },
  apply(node, input): Columns {
    const n = node as ImputerNode
    if (input.cols.length !== n.statistics.length)
      throw new Error(
        `SimpleImputer expects ${n.statistics.length} input columns but got ${input.cols.length}.`,
      )
    const cols = input.cols.map((col, j): Columns['cols'][number] => {
      const stat = n.statistics[j]!
      if (typeof stat === 'number')
        return numericCol(input, j, 'SimpleImputer').map((x) =>
          isMissing(x, n.missing) ? stat : x,
        )
      return Array.from(col as ArrayLike<number | string | null>, (x) =>
        isMissing(x, n.missing) ? stat : String(x),
      )
    })
    // sklearn drops columns whose statistic is NaN (all-missing at fit time)
    const keep = n.statistics.flatMap((v, j) =>
      typeof v === 'number' && Number.isNaN(v) ? [] : [j],
    )
    const out: Columns = {
      names: keep.map((j) => input.names[j]!),
      cols: keep.map((j) => cols[j]!),
      rows: input.rows,
    }
    for (const j of n.indicator ?? []) {
      const col = input.cols[j]!
      out.names.push(`missingindicator_${input.names[j]}`)
      out.cols.push(
        Float64Array.from(col as ArrayLike<number | string | null>, (x) =>
          isMissing(x, n.missing) ? 1 : 0,
        ),
      )
    }
    return out
  },
}

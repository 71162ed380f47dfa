import type { RunStatus } from '../../tracking/types'
import type { IgnoredParam } from '../../url-state/ignored-param'
import { columnId, parseColumnId, type RunColumn } from './run-columns'
import { DEFAULT_RUN_SORT, type RunSort } from './sort-runs'

/**
 * The Runs view's own URL parameters (the shared `run` lives in UrlState):
 * `experiment=<id>`, `compare=<id>,<id>`, `sort=metrics.log_loss` (`-` first: descending), `q=<filter>`,
 * `status=FINISHED`, `deleted=1`, `columns=metrics.log_loss,params.C`.
 */
export interface RunsViewParams {
  experiment: string | null
  compare: string[]
  sort: RunSort
  filter: string
  status: RunStatus | 'all'
  showDeleted: boolean
  /** null: the default columns */
  columns: RunColumn[] | null
}

export const RUNS_VIEW_PARAM_NAMES = [
  'experiment',
  'compare',
  'sort',
  'q',
  'status',
  'deleted',
  'columns',
] as const
export type RunsViewParamName = (typeof RUNS_VIEW_PARAM_NAMES)[number]

const STATUSES: readonly string[] = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']
const ID = /^[A-Za-z0-9_.:-]{1,200}$/
/** Most runs compared at once. */
export const MAX_COMPARED = 10

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

/** `metrics.log_loss` = ascending, `-metrics.log_loss` = descending (readable in the URL). */
function parseSort(value: string | null): RunSort {
  if (!value) return DEFAULT_RUN_SORT
  const descending = value.startsWith('-')
  const column = parseColumnId(descending ? value.slice(1) : value)
  return column ? { column, direction: descending ? 'desc' : 'asc' } : DEFAULT_RUN_SORT
}

/** Reads the view's parameters; anything not understood falls back to its default. */
export function parseRunsViewParams(query: string | URLSearchParams): RunsViewParams {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const experiment = params.get('experiment')?.trim() ?? ''
  const status = params.get('status')?.trim().toUpperCase() ?? ''
  const columns = params.has('columns')
    ? list(params.get('columns'))
        .map(parseColumnId)
        .filter((c): c is RunColumn => c !== null)
    : null
  return {
    experiment: ID.test(experiment) ? experiment : null,
    compare: [...new Set(list(params.get('compare')).filter((id) => ID.test(id)))].slice(
      0,
      MAX_COMPARED,
    ),
    sort: parseSort(params.get('sort')),
    filter: params.get('q') ?? '',
    status: STATUSES.includes(status) ? (status as RunStatus) : 'all',
    showDeleted: params.get('deleted') === '1',
    columns,
  }
}

/** URL values for a change: null removes the parameter (its default). */
export function runsViewQueryPatch(
  patch: Partial<RunsViewParams>,
): Partial<Record<RunsViewParamName, string | null>> {
  const out: Partial<Record<RunsViewParamName, string | null>> = {}
  if ('experiment' in patch) out.experiment = patch.experiment ?? null
  if (patch.compare) out.compare = patch.compare.length > 0 ? patch.compare.join(',') : null
  if (patch.sort) {
    const isDefault =
      columnId(patch.sort.column) === columnId(DEFAULT_RUN_SORT.column) &&
      patch.sort.direction === DEFAULT_RUN_SORT.direction
    const sign = patch.sort.direction === 'desc' ? '-' : ''
    out.sort = isDefault ? null : `${sign}${columnId(patch.sort.column)}`
  }
  if ('filter' in patch) out.q = patch.filter ? patch.filter : null
  if (patch.status) out.status = patch.status === 'all' ? null : patch.status
  if ('showDeleted' in patch) out.deleted = patch.showDeleted ? '1' : null
  if ('columns' in patch) out.columns = patch.columns ? patch.columns.map(columnId).join(',') : null
  return out
}

/**
 * The Runs view's parameters that parseRunsViewParams drops or replaces by a default, each with
 * the reason, so the page's notice can name them (empty for a clean URL).
 */
export function ignoredRunsViewParams(query: string | URLSearchParams): IgnoredParam[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const ignored: IgnoredParam[] = []
  const add = (param: string, value: string, reason: string) =>
    ignored.push({ param, value, reason })
  const experiment = params.get('experiment')
  if (experiment !== null && !ID.test(experiment.trim()))
    add('experiment', experiment, 'not an experiment id (letters, digits, _ . : -, at most 200)')
  const compare = list(params.get('compare'))
  for (const id of compare.filter((id) => !ID.test(id))) add('compare', id, 'not a run id')
  const valid = [...new Set(compare.filter((id) => ID.test(id)))]
  for (const id of valid.slice(MAX_COMPARED))
    add('compare', id, `at most ${MAX_COMPARED} runs are compared at once`)
  const sort = params.get('sort')
  if (sort && parseColumnId(sort.startsWith('-') ? sort.slice(1) : sort) === null)
    add('sort', sort, 'not a column to sort by (e.g. metrics.log_loss or -start)')
  const status = params.get('status')
  if (status !== null && !STATUSES.includes(status.trim().toUpperCase()))
    add('status', status, `not a run status (${STATUSES.join(', ')})`)
  const deleted = params.get('deleted')
  if (deleted !== null && deleted !== '1' && deleted !== '')
    add('deleted', deleted, 'only deleted=1 is understood')
  for (const column of list(params.get('columns')).filter((c) => parseColumnId(c) === null))
    add('columns', column, 'not a column (metrics.<key>, params.<key>, or a run attribute)')
  return ignored
}

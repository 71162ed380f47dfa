import type { RunStatus } from '../../tracking/types'
import type { IgnoredParam, IgnoredReason } from '../../url-state/ignored-param'
import type { MessageParams } from '../../i18n/translate'
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
  const add = (param: string, value: string, reason: IgnoredReason, reasonParams?: MessageParams) =>
    ignored.push(reasonParams ? { param, value, reason, reasonParams } : { param, value, reason })
  const experiment = params.get('experiment')
  if (experiment !== null && !ID.test(experiment.trim()))
    add('experiment', experiment, 'url.reason.notExperimentId')
  const compare = list(params.get('compare'))
  for (const id of compare.filter((id) => !ID.test(id))) add('compare', id, 'url.reason.notRunId')
  const valid = [...new Set(compare.filter((id) => ID.test(id)))]
  for (const id of valid.slice(MAX_COMPARED))
    add('compare', id, 'url.reason.tooManyCompared', { max: MAX_COMPARED })
  const sort = params.get('sort')
  if (sort && parseColumnId(sort.startsWith('-') ? sort.slice(1) : sort) === null)
    add('sort', sort, 'url.reason.notSortColumn')
  const status = params.get('status')
  if (status !== null && !STATUSES.includes(status.trim().toUpperCase()))
    add('status', status, 'url.reason.notRunStatus', { statuses: STATUSES.join(', ') })
  const deleted = params.get('deleted')
  if (deleted !== null && deleted !== '1' && deleted !== '')
    add('deleted', deleted, 'url.reason.onlyDeleted1')
  for (const column of list(params.get('columns')).filter((c) => parseColumnId(c) === null))
    add('columns', column, 'url.reason.notColumn')
  return ignored
}

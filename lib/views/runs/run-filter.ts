import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'

/**
 * The runs table's filter: free words (every word must appear in the run's name, id, user,
 * status, params or tags), or MLflow's search syntax, clauses joined by AND:
 * `metrics.log_loss < 0.7 AND params.model_type = 'tree' AND tags.stage LIKE 'Trein%'`.
 */
export type RunFilter =
  | { kind: 'all' }
  | { kind: 'words'; words: string[] }
  | { kind: 'query'; clauses: FilterClause[] }
  | { kind: 'invalid'; message: string }

export type FilterEntity = 'metrics' | 'params' | 'tags' | 'attributes'
export type FilterOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'ILIKE'

export interface FilterClause {
  entity: FilterEntity
  key: string
  op: FilterOp
  value: string | number
}

const ENTITIES: Record<string, FilterEntity> = {
  metric: 'metrics',
  metrics: 'metrics',
  param: 'params',
  params: 'params',
  parameter: 'params',
  parameters: 'params',
  tag: 'tags',
  tags: 'tags',
  attribute: 'attributes',
  attributes: 'attributes',
  attr: 'attributes',
  run: 'attributes',
}
const NUMERIC_ATTRIBUTES = new Set(['start_time', 'end_time', 'created', 'duration'])
const TEXT_ATTRIBUTES = new Set(['status', 'run_name', 'run_id', 'user_id'])
const LOOKS_LIKE_QUERY = /^\s*([A-Za-z]+)\.\S/
const CLAUSE =
  /\s*([A-Za-z]+)\.(`[^`]+`|"[^"]+"|[\w./-]+)\s*(<=|>=|!=|=|<|>|ILIKE\b|LIKE\b)\s*('[^']*'|"[^"]*"|[^\s]+)\s*/iy
const AND = /AND\s+/iy

function unquote(text: string): string {
  return /^(['"`]).*\1$/s.test(text) ? text.slice(1, -1) : text
}

/** Reads the filter box. Never throws: a malformed query is `invalid` with a message. */
export function parseRunFilter(text: string): RunFilter {
  const trimmed = text.trim()
  if (trimmed === '') return { kind: 'all' }
  const prefix = LOOKS_LIKE_QUERY.exec(trimmed)?.[1]?.toLowerCase()
  if (!prefix || !(prefix in ENTITIES)) {
    return { kind: 'words', words: trimmed.toLowerCase().split(/\s+/) }
  }
  const clauses: FilterClause[] = []
  let at = 0
  while (at < trimmed.length) {
    CLAUSE.lastIndex = at
    const m = CLAUSE.exec(trimmed)
    if (!m)
      return { kind: 'invalid', message: `cannot read the filter from "${trimmed.slice(at)}"` }
    const [, rawEntity = '', rawKey = '', rawOp = '', rawValue = ''] = m
    const entity = ENTITIES[rawEntity.toLowerCase()]
    if (!entity)
      return {
        kind: 'invalid',
        message: `unknown "${rawEntity}": use metrics, params, tags or attributes`,
      }
    const key = unquote(rawKey)
    const op = rawOp.toUpperCase() as FilterOp
    const numeric = entity === 'metrics' || (entity === 'attributes' && NUMERIC_ATTRIBUTES.has(key))
    if (entity === 'attributes' && !numeric && !TEXT_ATTRIBUTES.has(key)) {
      return { kind: 'invalid', message: `unknown attribute "${key}"` }
    }
    let value: string | number = unquote(rawValue)
    if (numeric) {
      const number = Number(value)
      if (value === '' || !Number.isFinite(number)) {
        return { kind: 'invalid', message: `${entity}.${key} needs a number, not "${rawValue}"` }
      }
      if (op === 'LIKE' || op === 'ILIKE') {
        return {
          kind: 'invalid',
          message: `${entity}.${key} compares with < <= = != >= >, not ${op}`,
        }
      }
      value = number
    } else if (!['=', '!=', 'LIKE', 'ILIKE'].includes(op)) {
      return {
        kind: 'invalid',
        message: `${entity}.${key} compares with = != LIKE ILIKE, not ${op}`,
      }
    }
    clauses.push({ entity, key, op, value })
    at = CLAUSE.lastIndex
    if (at >= trimmed.length) break
    AND.lastIndex = at
    if (!AND.exec(trimmed)) {
      return { kind: 'invalid', message: `expected AND before "${trimmed.slice(at)}"` }
    }
    at = AND.lastIndex
  }
  return { kind: 'query', clauses }
}

function likePattern(pattern: string, caseless: boolean): RegExp {
  const body = pattern
    .split('')
    .map((c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${body}$`, caseless ? 'is' : 's')
}

function compareNumber(actual: number | null | undefined, op: FilterOp, expected: number): boolean {
  if (actual === null || actual === undefined || Number.isNaN(actual)) return false
  switch (op) {
    case '=':
      return actual === expected
    case '!=':
      return actual !== expected
    case '<':
      return actual < expected
    case '<=':
      return actual <= expected
    case '>':
      return actual > expected
    case '>=':
      return actual >= expected
    default:
      return false
  }
}

function compareText(actual: string | undefined, op: FilterOp, expected: string): boolean {
  if (actual === undefined) return false
  if (op === '=') return actual === expected
  if (op === '!=') return actual !== expected
  return likePattern(expected, op === 'ILIKE').test(actual)
}

function attribute(run: RunRecord, key: string): string | number | null {
  switch (key) {
    case 'status':
      return run.status
    case 'run_name':
      return run.name
    case 'run_id':
      return run.id
    case 'user_id':
      return run.user
    case 'start_time':
    case 'created':
      return run.startTime
    case 'end_time':
      return run.endTime
    case 'duration':
      return run.durationMs
    default:
      return null
  }
}

function clauseMatches(run: RunRecord, c: FilterClause): boolean {
  if (c.entity === 'metrics') return compareNumber(run.metrics[c.key], c.op, c.value as number)
  if (c.entity === 'params') return compareText(run.params[c.key], c.op, String(c.value))
  if (c.entity === 'tags') {
    return compareText(run.tags[c.key] ?? run.systemTags[c.key], c.op, String(c.value))
  }
  const actual = attribute(run, c.key)
  if (typeof c.value === 'number') return compareNumber(actual as number | null, c.op, c.value)
  return compareText(actual === null ? undefined : String(actual), c.op, c.value)
}

/** The lower-case text free words are looked for in. */
export function runHaystack(run: RunRecord): string {
  const pairs = (record: Record<string, string>) =>
    Object.entries(record).map(([k, v]) => `${k}=${v}`)
  return [
    run.name,
    run.id,
    run.user,
    run.status,
    ...pairs(run.params),
    ...pairs(run.tags),
    run.systemTags['mlflow.runName'] ?? '',
  ]
    .join('\n')
    .toLowerCase()
}

/** True when the run passes the filter (an invalid filter lets every run through). */
export function runMatches(run: RunRecord, filter: RunFilter): boolean {
  if (filter.kind === 'words') {
    const haystack = runHaystack(run)
    return filter.words.every((word) => haystack.includes(word))
  }
  if (filter.kind === 'query') return filter.clauses.every((c) => clauseMatches(run, c))
  return true
}

import { toLang } from '../i18n/lang'
import { isSeason } from './season'
import { findShotZone, SHOT_ZONES, type ShotZone } from './shot-zones'
import {
  DATASETS,
  DEFAULT_URL_STATE,
  PERIODS,
  URL_PARAMS,
  type Dataset,
  type UrlIssue,
  type UrlState,
} from './url-state'

export interface ParsedUrlState {
  state: UrlState
  /** values that were not understood, in parameter order; empty for a clean URL */
  issues: UrlIssue[]
}

/** Longest accepted `model` / `run` value. */
export const MAX_TEXT_LENGTH = 200
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/

/** Rounds a threshold to 4 decimals, the precision the URL keeps. */
export function roundThreshold(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

/**
 * Reads the shared view state from a query string or URLSearchParams. Never throws: each value
 * that is not understood falls back to its default (or is dropped from a list) and is reported
 * as an issue naming the parameter, the value and the fallback.
 */
export function parseUrlState(query: URLSearchParams | string): ParsedUrlState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query
  const issues: UrlIssue[] = []
  const state: UrlState = { ...DEFAULT_URL_STATE, period: [], zone: [] }

  /** The single value of a parameter (the first one, reported when repeated), or null. */
  const single = (param: string): string | null => {
    const values = params.getAll(param)
    const first = values[0]
    if (first === undefined) return null
    if (values.length > 1)
      issues.push({ code: 'repeated', param, value: values.join(','), fallback: first })
    return first
  }
  /** The items of a list parameter: `a,b` and `p=a&p=b` both give [a, b]; blanks are dropped. */
  const list = (param: string): string[] =>
    params
      .getAll(param)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '')

  const threshold = single(URL_PARAMS.threshold)
  if (threshold !== null) {
    const value = DECIMAL.test(threshold.trim()) ? Number(threshold) : Number.NaN
    if (value >= 0 && value <= 1) state.threshold = roundThreshold(value)
    else
      issues.push({
        code: 'threshold',
        param: URL_PARAMS.threshold,
        value: threshold,
        fallback: state.threshold,
      })
  }

  for (const key of ['model', 'run'] as const) {
    const text = single(URL_PARAMS[key])
    if (text === null) continue
    const trimmed = text.trim()
    if (trimmed !== '' && trimmed.length <= MAX_TEXT_LENGTH && !/[\u0000-\u001f]/.test(trimmed)) {
      state[key] = trimmed
    } else {
      issues.push({ code: 'text', param: URL_PARAMS[key], value: text.slice(0, 40), fallback: '' })
    }
  }

  const dataset = single(URL_PARAMS.dataset)
  if (dataset !== null) {
    const lower = dataset.trim().toLowerCase()
    if ((DATASETS as readonly string[]).includes(lower)) state.dataset = lower as Dataset
    else
      issues.push({
        code: 'dataset',
        param: URL_PARAMS.dataset,
        value: dataset,
        fallback: state.dataset,
      })
  }

  const periods = new Set<number>()
  for (const item of list(URL_PARAMS.period)) {
    const value = /^\d+$/.test(item) ? Number(item) : Number.NaN
    if (PERIODS.includes(value)) periods.add(value)
    else issues.push({ code: 'period', param: URL_PARAMS.period, value: item, fallback: '' })
  }
  state.period = [...periods].sort((a, b) => a - b)

  const playoffs = single(URL_PARAMS.playoffs)
  if (playoffs !== null) {
    const text = playoffs.trim().toLowerCase()
    if (text === '0' || text === '1') state.playoffs = Number(text) as 0 | 1
    else if (text !== 'all') {
      issues.push({
        code: 'playoffs',
        param: URL_PARAMS.playoffs,
        value: playoffs,
        fallback: 'all',
      })
    }
  }

  for (const key of ['seasonFrom', 'seasonTo'] as const) {
    const season = single(URL_PARAMS[key])
    if (season === null) continue
    if (isSeason(season.trim())) state[key] = season.trim()
    else issues.push({ code: 'season', param: URL_PARAMS[key], value: season, fallback: '' })
  }
  if (state.seasonFrom && state.seasonTo && state.seasonFrom > state.seasonTo) {
    const value = `${state.seasonFrom} > ${state.seasonTo}`
    ;[state.seasonFrom, state.seasonTo] = [state.seasonTo, state.seasonFrom]
    issues.push({ code: 'seasonOrder', param: URL_PARAMS.seasonFrom, value, fallback: '' })
  }

  const zones = new Set<ShotZone>()
  for (const item of list(URL_PARAMS.zone)) {
    const zone = findShotZone(item)
    if (zone) zones.add(zone.value)
    else issues.push({ code: 'zone', param: URL_PARAMS.zone, value: item, fallback: '' })
  }
  state.zone = SHOT_ZONES.map((z) => z.value).filter((v) => zones.has(v))

  const lang = single(URL_PARAMS.lang)
  if (lang !== null) {
    const value = toLang(lang)
    if (value) state.lang = value
    else issues.push({ code: 'lang', param: URL_PARAMS.lang, value: lang, fallback: state.lang })
  }

  return { state, issues }
}

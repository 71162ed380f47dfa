import { DEFAULT_LANG, type Lang } from '../i18n/lang'
import type { ShotZone } from './shot-zones'

export type Dataset = 'dev' | 'prod' | 'both'
export const DATASETS: readonly Dataset[] = ['dev', 'prod', 'both']

/** `all`, or the value of the data's `playoffs` column: 0 = regular season, 1 = playoffs. */
export type PlayoffsFilter = 'all' | 0 | 1

/** Game periods in the data: 1–4 are quarters, 5–7 overtimes. */
export const PERIODS: readonly number[] = [1, 2, 3, 4, 5, 6, 7]

/**
 * Everything a user would share about a view: a link with these parameters reproduces it.
 * Empty lists and null mean "no filter". Parsed by `parseUrlState`, written by
 * `serialiseUrlState`; unknown URL parameters are kept untouched for the views' own use.
 */
export interface UrlState {
  /** decision threshold in [0, 1]; URL `threshold` */
  threshold: number
  /** registered model (name, name@alias or name/version); URL `model` */
  model: string | null
  /** MLflow run id; URL `run` */
  run: string | null
  /** URL `dataset` */
  dataset: Dataset
  /** selected periods, sorted, unique; URL `period=1,2` */
  period: number[]
  /** URL `playoffs=0|1` (absent = all) */
  playoffs: PlayoffsFilter
  /** first season of the range, inclusive; URL `season_from=2000-01` */
  seasonFrom: string | null
  /** last season of the range, inclusive; URL `season_to=2005-06` */
  seasonTo: string | null
  /** selected `shot_zone_basic` values in SHOT_ZONES order; URL `zone=mid-range,paint` (slugs) */
  zone: ShotZone[]
  /** URL `lang` */
  lang: Lang
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  threshold: 0.5,
  model: null,
  run: null,
  dataset: 'both',
  period: [],
  playoffs: 'all',
  seasonFrom: null,
  seasonTo: null,
  zone: [],
  lang: DEFAULT_LANG,
})

/** URL parameter names, in the order serialiseUrlState writes them. */
export const URL_PARAMS = {
  threshold: 'threshold',
  model: 'model',
  run: 'run',
  dataset: 'dataset',
  period: 'period',
  playoffs: 'playoffs',
  seasonFrom: 'season_from',
  seasonTo: 'season_to',
  zone: 'zone',
  lang: 'lang',
} as const satisfies Record<keyof UrlState, string>

/** A URL value that was not understood; it names the parameter, the value and what was used. */
export interface UrlIssue {
  code: UrlIssueCode
  param: string
  value: string
  /** what is used instead (a default, the first of repeated values), or '' when ignored */
  fallback: string | number
}

export type UrlIssueCode =
  | 'threshold'
  | 'dataset'
  | 'period'
  | 'playoffs'
  | 'season'
  | 'seasonOrder'
  | 'zone'
  | 'lang'
  | 'text'
  | 'repeated'

import { FEATURES } from '../model/features'

/**
 * The raw columns the pipeline reads, their names in the course files and the values they may
 * hold. `lon` is renamed `lng`, the name the course text and the model use.
 */
export type RawValueKind = 'float' | 'int' | 'label' | 'string'

export interface RawColumnSpec {
  /** name inside the pipeline and in every output file */
  name: string
  /** accepted names in the raw file, first match wins */
  rawNames: readonly string[]
  kind: RawValueKind
}

export const NUMERIC_COLUMNS = [...FEATURES, 'shot_made_flag', 'shot_id', 'loc_x', 'loc_y'] as const
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number]

export const TEXT_COLUMNS = [
  'game_date',
  'season',
  'shot_zone_area',
  'shot_zone_basic',
  'shot_zone_range',
  'action_type',
  'opponent',
] as const
export type TextColumn = (typeof TEXT_COLUMNS)[number]

export const RAW_COLUMNS: readonly RawColumnSpec[] = [
  { name: 'lat', rawNames: ['lat'], kind: 'float' },
  { name: 'lng', rawNames: ['lon', 'lng'], kind: 'float' },
  { name: 'minutes_remaining', rawNames: ['minutes_remaining'], kind: 'int' },
  { name: 'period', rawNames: ['period'], kind: 'int' },
  { name: 'playoffs', rawNames: ['playoffs'], kind: 'int' },
  { name: 'shot_distance', rawNames: ['shot_distance'], kind: 'int' },
  { name: 'shot_made_flag', rawNames: ['shot_made_flag'], kind: 'label' },
  { name: 'shot_id', rawNames: ['shot_id'], kind: 'int' },
  { name: 'loc_x', rawNames: ['loc_x'], kind: 'int' },
  { name: 'loc_y', rawNames: ['loc_y'], kind: 'int' },
  ...TEXT_COLUMNS.map((name) => ({ name, rawNames: [name], kind: 'string' as const })),
]

/** The decoded raw file: numbers as Float64Array with NaN for missing, text with null. */
export interface ShotTable {
  file: string
  rows: number
  numeric: Record<NumericColumn, Float64Array>
  text: Record<TextColumn, (string | null)[]>
}

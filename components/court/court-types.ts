import type { CourtXY } from '@/lib/court/coordinates'
import type { HexTotals } from '@/lib/court/hex-figure'

/**
 * Shots to draw, column-wise (typed arrays welcome), in the data's loc units. Memoise the object:
 * its identity decides when the markers are rebuilt.
 */
export interface CourtPoints {
  x: ArrayLike<number>
  y: ArrayLike<number>
  /** CSS colour of shot i */
  color: (i: number) => string
  /**
   * The same colours as classes: shot i is `palette[classes[i]]` (the last colour for a class
   * past the palette's end), so a map reads each drawn shot's colour without calling `color`
   */
  colorClasses?: { classes: ArrayLike<number>; palette: readonly string[] }
  /** plain-text tooltip of shot i ("\n" starts a new line); never interpreted as HTML */
  tooltip?: (i: number) => string
  /** the shots with a finite position, ascending, when the caller has found them (else the map
   * looks for them) */
  placedAt?: Uint32Array
  /** a value per shot for the hexbin "mean" colouring (predicted probability, made flag…) */
  value?: ArrayLike<number | null>
}

export interface LegendItem {
  label: string
  color: string
}

export interface HexbinSettings {
  /** hexagon radius in loc units (default 15, i.e. 1.5 ft) */
  radius?: number
  /** colour by the number of shots (log scale) or by the mean of `points.value` */
  colorBy?: 'count' | 'mean'
  /** the colour bar's title, e.g. "Shots per hexagon" or "Mean predicted probability" */
  label?: string
  /** colour domain for `mean` (default: the range of the hexagons' means) */
  domain?: [number, number]
  /** hide hexagons with fewer shots (default 1; for a mean, fewer shots with a value) */
  minCount?: number
  /** a `mean` hexagon's tooltip from its mean, shots and shots with a value */
  describeMean?: (mean: number, count: number, valued: number) => string
}

/**
 * Hexagons already tallied (e.g. from a lattice found once per file): centres in loc units and
 * per-hexagon totals. Memoise the object: a new one repaints the hexagons.
 */
export interface HexCells extends HexTotals {
  radius: number
  cx: ArrayLike<number>
  cy: ArrayLike<number>
}

export type CourtMarker = CourtXY & { label?: string }

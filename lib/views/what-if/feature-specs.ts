import {
  LAT_AT_BASKET,
  LON_AT_BASKET,
  DEGREES_PER_LOC_UNIT,
  shotDistanceFeet,
} from '../../court/coordinates'
import { BASELINE_Y, COURT_HALF_WIDTH, FAR_BASELINE_Y } from '../../court/court-geometry'
import { finiteSorted } from '../../drift/finite-sorted'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { shotDistanceOfLatLng } from './court-location'

type Physical = Pick<FeatureSpec, 'label' | 'unit' | 'min' | 'max' | 'step' | 'integer'>

const round4 = (v: number) => Number(v.toFixed(4))

/**
 * The valid range of each Kobe input, whatever the data: the whole court (both halves, from
 * baseline to baseline, sideline to sideline), the 0–11 whole minutes left in a 12-minute
 * quarter, periods 1–4 plus three overtimes, a 0/1 playoff flag, and the distance from the
 * basket to the far corner (92 ft). Observed values widen these further (`featureSpecs`).
 */
export const PHYSICAL_RANGES: Readonly<Record<string, Physical>> = {
  lat: {
    label: 'Latitude',
    unit: '°',
    min: round4(LAT_AT_BASKET - FAR_BASELINE_Y * DEGREES_PER_LOC_UNIT),
    max: round4(LAT_AT_BASKET - BASELINE_Y * DEGREES_PER_LOC_UNIT),
    step: 0.0001,
    integer: false,
  },
  lng: {
    label: 'Longitude',
    unit: '°',
    min: round4(LON_AT_BASKET - COURT_HALF_WIDTH * DEGREES_PER_LOC_UNIT),
    max: round4(LON_AT_BASKET + COURT_HALF_WIDTH * DEGREES_PER_LOC_UNIT),
    step: 0.0001,
    integer: false,
  },
  minutes_remaining: {
    label: 'Minutes remaining',
    unit: 'min',
    min: 0,
    max: 11,
    step: 1,
    integer: true,
  },
  period: { label: 'Period', unit: '', min: 1, max: 7, step: 1, integer: true },
  playoffs: { label: 'Playoffs', unit: '', min: 0, max: 1, step: 1, integer: true },
  shot_distance: {
    label: 'Shot distance',
    unit: 'ft',
    min: 0,
    max: shotDistanceFeet({ x: COURT_HALF_WIDTH, y: FAR_BASELINE_Y }),
    step: 1,
    integer: true,
  },
}

interface Extent {
  min: number
  max: number
  rows: number
  allIntegers: boolean
}

function extent(values: ArrayLike<number> | undefined): Extent | null {
  if (!values) return null
  let min = Infinity
  let max = -Infinity
  let rows = 0
  let allIntegers = true
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (!Number.isFinite(v)) continue
    rows++
    if (v < min) min = v
    if (v > max) max = v
    if (allIntegers && !Number.isInteger(v)) allIntegers = false
  }
  return rows > 0 ? { min, max, rows, allIntegers } : null
}

function median(values: ArrayLike<number>): number {
  const finite = finiteSorted(values).sorted
  const mid = finite.length >> 1
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2
}

const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step) + 1e-9))

/** A range for a feature without a physical rule: the observed one, 10 % wider on each side. */
function observedRange(name: string, seen: Extent | null): Physical {
  if (!seen) return { label: name, unit: '', min: 0, max: 1, step: 0.01, integer: false }
  const span = seen.max - seen.min || Math.max(1, Math.abs(seen.max))
  if (seen.allIntegers) {
    const pad = Math.ceil(span * 0.1)
    return {
      label: name,
      unit: '',
      min: seen.min - pad,
      max: seen.max + pad,
      step: 1,
      integer: true,
    }
  }
  const step = 10 ** Math.floor(Math.log10(span / 100))
  const snap = (v: number, f: (x: number) => number) =>
    Number((f(v / step) * step).toFixed(decimalsOf(step)))
  return {
    label: name,
    unit: '',
    min: snap(seen.min - span * 0.1, Math.floor),
    max: snap(seen.max + span * 0.1, Math.ceil),
    step,
    integer: false,
  }
}

/**
 * The form's spec of each model input: the physical range widened to every value seen in dev or
 * prod (a real shot is never "out of range"), the dev (training) range, and a starting value
 * (dev median on the step grid; the distance follows the median location when lat/lng are inputs).
 * Columns are keyed by feature name; NaN values are ignored.
 */
export function featureSpecs(
  names: readonly string[],
  dev: Readonly<Record<string, ArrayLike<number>>>,
  prod: Readonly<Record<string, ArrayLike<number>>> = {},
): FeatureSpec[] {
  const specs = names.map((name): FeatureSpec => {
    const train = extent(dev[name])
    const seenProd = extent(prod[name])
    const physical = PHYSICAL_RANGES[name] ?? observedRange(name, mergeExtents(train, seenProd))
    const min = Math.min(physical.min, train?.min ?? Infinity, seenProd?.min ?? Infinity)
    const max = Math.max(physical.max, train?.max ?? -Infinity, seenProd?.max ?? -Infinity)
    const raw = train ? median(dev[name]!) : (physical.min + physical.max) / 2
    const onGrid = Number(
      (Math.round(raw / physical.step) * physical.step).toFixed(decimalsOf(physical.step)),
    )
    return {
      name,
      ...physical,
      min,
      max,
      default: Math.min(max, Math.max(min, onGrid)),
      train: train && { min: train.min, max: train.max, rows: train.rows },
    }
  })
  const lat = specs.find((s) => s.name === 'lat')
  const lng = specs.find((s) => s.name === 'lng')
  const distance = specs.find((s) => s.name === 'shot_distance')
  if (lat && lng && distance) distance.default = shotDistanceOfLatLng(lat.default, lng.default)
  return specs
}

function mergeExtents(a: Extent | null, b: Extent | null): Extent | null {
  if (!a || !b) return a ?? b
  return {
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    rows: a.rows + b.rows,
    allIntegers: a.allIntegers && b.allIntegers,
  }
}

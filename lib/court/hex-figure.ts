/**
 * What a hexbin map draws, as plain numbers: which hexagons show, where each sits on the colour
 * ramp (0–1) and how large it is (a fraction of the full hexagon). Coloured by count, the colour
 * is the density (log scale) and every hexagon is full size; coloured by a mean (made share,
 * mean P(made), error share), the colour is the mean and the size carries the density (log of
 * the count), so a hexagon of three shots does not look as sure as one of three thousand.
 */
export interface HexTotals {
  /** shots per hexagon */
  count: ArrayLike<number>
  /** per hexagon, the shots with a value and the sum of their values (for a mean) */
  valued?: ArrayLike<number>
  sum?: ArrayLike<number>
}

export interface HexFigureOptions {
  colorBy: 'count' | 'mean'
  /** hide hexagons with fewer shots (for a mean: fewer shots with a value) */
  minCount: number
  /** colour domain of the mean (default: the shown means' range) */
  domain?: [number, number]
}

export interface HexFigure {
  /** the hexagons shown, ascending */
  shown: Uint32Array
  /** per shown hexagon: position on the colour ramp, size fraction (0–1], mean (NaN for count) */
  ramp: Float64Array
  size: Float64Array
  mean: Float64Array
  /** the colour bar's ends (counts, or the mean's domain) */
  min: number
  max: number
  /** fewest and most shots in a shown hexagon */
  countMin: number
  countMax: number
  /** shots in the shown hexagons */
  shots: number
}

/** The smallest hexagon, as a fraction of the full one, for a mean colouring. */
export const MIN_HEX_SIZE = 0.4

export function hexFigure(totals: HexTotals, options: HexFigureOptions): HexFigure {
  const { count, valued, sum } = totals
  const mean = options.colorBy === 'mean'
  if (mean && (!valued || !sum)) throw new RangeError('hex figure: a mean needs valued and sum')
  const picked: number[] = []
  for (let c = 0; c < count.length; c++) {
    const n = count[c] as number
    if (n < Math.max(1, options.minCount)) continue
    if (mean && (valued![c] as number) < Math.max(1, options.minCount)) continue
    picked.push(c)
  }
  const shown = Uint32Array.from(picked)
  const m = shown.length
  const means = new Float64Array(m).fill(Number.NaN)
  let countMin = Infinity
  let countMax = 0
  let shots = 0
  let low = Infinity
  let high = -Infinity
  for (let k = 0; k < m; k++) {
    const c = shown[k] as number
    const n = count[c] as number
    countMin = Math.min(countMin, n)
    countMax = Math.max(countMax, n)
    shots += n
    if (mean) {
      const v = (sum![c] as number) / (valued![c] as number)
      means[k] = v
      low = Math.min(low, v)
      high = Math.max(high, v)
    }
  }
  const ramp = new Float64Array(m)
  const size = new Float64Array(m).fill(1)
  const logSpan = Math.log(countMax) - Math.log(countMin)
  const [min, max] = mean ? (options.domain ?? [low, high]) : [Math.min(1, countMin), countMax]
  for (let k = 0; k < m; k++) {
    const n = count[shown[k] as number] as number
    if (mean) {
      ramp[k] = max > min ? Math.min(1, Math.max(0, ((means[k] as number) - min) / (max - min))) : 1
      const density = logSpan > 0 ? (Math.log(n) - Math.log(countMin)) / logSpan : 1
      size[k] = MIN_HEX_SIZE + (1 - MIN_HEX_SIZE) * density
    } else {
      ramp[k] = countMax > 1 ? Math.log(n) / Math.log(countMax) : 1
    }
  }
  return {
    shown,
    ramp,
    size,
    mean: means,
    min: m > 0 ? min : Number.NaN,
    max: m > 0 ? max : Number.NaN,
    countMin: m > 0 ? countMin : 0,
    countMax,
    shots,
  }
}

/**
 * A perceptually ordered colour ramp (viridis, 9 stops) for densities and means, readable on
 * light and dark backgrounds. `sequentialColor(0)` is dark purple, `sequentialColor(1)` yellow.
 */
const VIRIDIS = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [253, 231, 37],
] as const

const hex = (v: number) => Math.round(v).toString(16).padStart(2, '0')

/** The ramp's colour at t ∈ [0, 1] (clamped; NaN gives grey) as "#rrggbb". */
export function sequentialColor(t: number): string {
  if (Number.isNaN(t)) return '#9ca3af'
  const position = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1)
  const i = Math.min(VIRIDIS.length - 2, Math.floor(position))
  const f = position - i
  const a = VIRIDIS[i] as readonly number[]
  const b = VIRIDIS[i + 1] as readonly number[]
  return `#${[0, 1, 2].map((k) => hex((a[k] ?? 0) + ((b[k] ?? 0) - (a[k] ?? 0)) * f)).join('')}`
}

/** The ramp as CSS gradient stops, for a colour-bar legend. */
export function sequentialGradient(direction = 'to right'): string {
  const stops = VIRIDIS.map(
    ([r, g, b], i) => `rgb(${r} ${g} ${b}) ${((i / (VIRIDIS.length - 1)) * 100).toFixed(1)}%`,
  )
  return `linear-gradient(${direction}, ${stops.join(', ')})`
}

/** Maps a value to [0, 1] within [min, max]; a zero-width domain maps everything to 1. */
export function normalise(value: number, min: number, max: number): number {
  return max > min ? (value - min) / (max - min) : 1
}

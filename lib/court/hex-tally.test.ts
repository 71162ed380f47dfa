import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPredictionsFile } from '../predictions/load-predictions'
import type { PredictionsData } from '../predictions/types'
import { shotPositions, type ShotPositions } from '../views/court/shot-positions'
import { hexLattice, latticeCellAt, type HexLattice } from './hex-lattice'
import { countHexes, errorHexes, sumHexes } from './hex-tally'
import { hexbin, hexCentre } from './hexbin'

const RADIUS = 15

describe('hexLattice and the tallies on a few points', () => {
  it('numbers the occupied hexagons in row then column order and skips unplaced points', () => {
    const lattice = hexLattice([0, 1, 30, Number.NaN, -2, 0], [0, 1, 0, 3, 2, 40], 10)
    // hexagons (0, 0), (2, 0) and (0, 3): x = 0 lies in row 3's column 0 (odd rows shift)
    expect(Array.from(lattice.cellOf)).toEqual([0, 0, 1, -1, 0, 2])
    expect(lattice.cx[1]).toBeCloseTo(34.641, 3)
    expect(Array.from(countHexes(lattice, null))).toEqual([3, 1, 1])
    expect(Array.from(countHexes(lattice, [1, 2, 3]))).toEqual([1, 1, 0])
    const made = sumHexes(lattice, null, [1, 0, 1, 1, Number.NaN, 0])
    expect(Array.from(made.valued)).toEqual([2, 1, 1])
    expect(Array.from(made.sum)).toEqual([1, 1, 0])
    // at 0.5: shot 0 TP, shot 1 FP, shot 2 FN, shot 4 unlabelled, shot 5 without probability
    const errors = errorHexes(
      lattice,
      null,
      [1, 0, 1, 1, NaN, 0],
      [0.7, 0.6, 0.2, 0.9, 0.1, NaN],
      0.5,
    )
    expect(Array.from(errors.valued)).toEqual([2, 1, 0])
    expect(Array.from(errors.sum)).toEqual([1, 1, 0])
    expect(latticeCellAt(lattice, 31, -1)).toBe(1)
    expect(latticeCellAt(lattice, 100, 100)).toBe(-1)
  })
})

describe('hex tallies on the Kobe prod predictions', () => {
  let data: PredictionsData
  let positions: ShotPositions
  let lattice: HexLattice
  beforeAll(async () => {
    const file = fileURLToPath(
      new URL('../../data/output/predictions_prod.parquet', import.meta.url),
    )
    data = (await loadPredictionsFile(file)).data
    positions = shotPositions(data)
    lattice = hexLattice(positions.x, positions.y, RADIUS)
  })

  /** The hexagon centred at lattice (col, row). */
  const cellAt = (col: number, row: number) => {
    const [x, y] = hexCentre(col, row, RADIUS)
    return latticeCellAt(lattice, x, y)
  }

  it('agrees with a direct count (hexbin over the selected shots) for a filter', () => {
    const q1 = Uint32Array.from(
      Array.from({ length: data.target.length }, (_, i) => i).filter(
        (i) => data.features.period?.[i] === 1,
      ),
    )
    expect(q1).toHaveLength(1333)
    const direct = hexbin(
      Array.from(q1, (i) => positions.x[i] as number),
      Array.from(q1, (i) => positions.y[i] as number),
      { radius: RADIUS, values: Array.from(q1, (i) => data.target[i] as number) },
    )
    const counts = countHexes(lattice, q1)
    const made = sumHexes(lattice, q1, data.target)
    const tallied = Array.from(counts.keys())
      .filter((c) => (counts[c] as number) > 0)
      .map((c) => ({
        cx: lattice.cx[c],
        cy: lattice.cy[c],
        count: counts[c],
        sum: made.sum[c],
        valueCount: made.valued[c],
      }))
    expect(tallied).toHaveLength(139)
    expect(tallied).toEqual(
      direct.map(({ cx, cy, count, sum, valueCount }) => ({ cx, cy, count, sum, valueCount })),
    )
  })

  // reference: /usr/bin/python3, each shot to the nearest hexagon centre by brute force
  it('pins the busiest hexagons: shots, period 1, makes, errors at 0.35', () => {
    expect(lattice.cx).toHaveLength(248)
    const counts = countHexes(lattice, null)
    expect(counts.reduce((s, c) => s + c, 0)).toBe(6426)
    const made = sumHexes(lattice, null, data.target)
    const errors = errorHexes(lattice, null, data.target, data.probability!, 0.35)
    const q1 = Uint32Array.from(
      Array.from({ length: data.target.length }, (_, i) => i).filter(
        (i) => data.features.period?.[i] === 1,
      ),
    )
    const q1Counts = countHexes(lattice, q1)
    const expected = [
      { at: [5, 10], shots: 263, q1: 55, labelled: 208, made: 76, errors: 79 },
      { at: [-7, 8], shots: 235, q1: 52, labelled: 196, made: 69, errors: 67 },
      { at: [5, 9], shots: 231, q1: 52, labelled: 190, made: 69, errors: 70 },
    ] as const
    for (const e of expected) {
      const c = cellAt(e.at[0], e.at[1])
      expect({
        shots: counts[c],
        q1: q1Counts[c],
        labelled: made.valued[c],
        made: made.sum[c],
        scored: errors.valued[c],
        errors: errors.sum[c],
      }).toEqual({
        shots: e.shots,
        q1: e.q1,
        labelled: e.labelled,
        made: e.made,
        scored: e.labelled,
        errors: e.errors,
      })
    }
    expect(Math.max(...counts)).toBe(263)
  })
})

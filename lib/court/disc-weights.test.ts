import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readParquetFile } from '../parquet/read-parquet-file'
import { compositeToBytes, composeDiscs, recolorDiscs } from './disc-weights'
import { createRaster, discMask, rasterToBytes, stampDiscs } from './point-raster'

const PROD = fileURLToPath(new URL('../../data/output/predictions_prod.parquet', import.meta.url))

/** The Kobe prod shots halved onto a 260 × 120 raster that cuts off the deeper ones. */
async function kobeDiscs() {
  const table = await readParquetFile(PROD, { columns: ['loc_x', 'loc_y'] })
  const n = table.numRows
  const px = Float64Array.from({ length: n }, (_, i) => 130 + Number(table.data.loc_x![i]) / 2)
  const py = Float64Array.from({ length: n }, (_, i) => 100 - Number(table.data.loc_y![i]) / 2)
  return { n, px, py }
}

function stamped(
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  colors: ArrayLike<number>,
  rgb: number[],
) {
  const raster = createRaster(260, 120)
  stampDiscs(raster, px, py, colors, rgb, 0.7, discMask(2.5))
  const bytes = new Uint8ClampedArray(260 * 120 * 4)
  rasterToBytes(raster, bytes)
  return bytes
}

/** The largest difference between two byte arrays. */
function maxDiff(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let max = 0
  for (let i = 0; i < a.length; i++)
    max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)))
  return max
}

describe('composeDiscs', () => {
  const rgb = [21, 128, 61, 220, 38, 38, 148, 163, 184]

  it('gives the same pixels as stamping the discs in order (Kobe prod shots)', async () => {
    const { n, px, py } = await kobeDiscs()
    expect(n).toBe(6426)
    const colors = Uint8Array.from({ length: n }, (_, i) => i % 3)
    const composite = composeDiscs(260, 120, px, py, colors, rgb, 0.7, discMask(2.5))
    const bytes = new Uint8ClampedArray(260 * 120 * 4)
    compositeToBytes(composite, bytes)
    expect(maxDiff(bytes, stamped(px, py, colors, rgb))).toBeLessThanOrEqual(1)
    // shots beyond the raster's bottom edge are not drawn
    const drawn = composite.drawn.reduce((s, d) => s + d, 0)
    // as many as stamping touched: 2,961 of the 6,426 (the deeper shots fall off the raster)
    const raster = createRaster(260, 120)
    expect(drawn).toBe(stampDiscs(raster, px, py, colors, rgb, 0.7, discMask(2.5)))
    expect(drawn).toBe(2961)
  })

  it('recolours only the discs whose colour changed, to the pixels of a fresh composite', async () => {
    const { n, px, py } = await kobeDiscs()
    const before = Uint8Array.from({ length: n }, (_, i) => i % 3)
    const after = Uint8Array.from(before, (c, i) => (i % 10 === 0 ? (c + 1) % 3 : c))
    const composite = composeDiscs(260, 120, px, py, before, rgb, 0.7, discMask(2.5))
    const drawnChanged = after.reduce(
      (s, c, i) => s + (c !== before[i] && composite.drawn[i] === 1 ? 1 : 0),
      0,
    )
    expect(recolorDiscs(composite, after, rgb)).toBe(drawnChanged)
    expect(drawnChanged).toBeGreaterThan(250)
    expect(recolorDiscs(composite, after, rgb)).toBe(0) // nothing left to change
    const bytes = new Uint8ClampedArray(260 * 120 * 4)
    compositeToBytes(composite, bytes)
    expect(maxDiff(bytes, stamped(px, py, after, rgb))).toBeLessThanOrEqual(1)
  })

  it('composites into the buffers of the one it replaces, to the pixels of a fresh one', async () => {
    const { n, px, py } = await kobeDiscs()
    const colors = Uint8Array.from({ length: n }, (_, i) => i % 3)
    const mask = discMask(2.5)
    const first = composeDiscs(260, 120, px, py, colors, rgb, 0.7, mask)
    // a filter change: every other shot, in other colours, into the first one's buffers
    const keep = (_: number, i: number) => i % 2 === 0
    const [qx, qy] = [px.filter(keep), py.filter(keep)]
    const recoloured = colors.filter(keep).map((c) => (c + 1) % 3)
    const weights = first.weight
    const reused = composeDiscs(260, 120, qx, qy, recoloured, rgb, 0.7, mask, first)
    expect(reused.weight).toBe(weights) // no new buffer
    expect(reused.count).toBe(qx.length)
    const fresh = composeDiscs(260, 120, qx, qy, recoloured, rgb, 0.7, mask)
    const [a, b] = [new Uint8ClampedArray(260 * 120 * 4), new Uint8ClampedArray(260 * 120 * 4)]
    compositeToBytes(reused, a)
    compositeToBytes(fresh, b)
    expect(maxDiff(a, b)).toBe(0)
    expect(Array.from(reused.drawn.subarray(0, reused.count))).toEqual(Array.from(fresh.drawn))
    // and a threshold change afterwards recolours the same discs to the same pixels
    expect(recolorDiscs(reused, colors.filter(keep), rgb)).toBe(
      recolorDiscs(fresh, colors.filter(keep), rgb),
    )
    compositeToBytes(reused, a)
    compositeToBytes(fresh, b)
    expect(maxDiff(a, b)).toBe(0)
  })

  it('names a buffer of the wrong size', () => {
    const composite = composeDiscs(4, 3, [1], [1], [0], rgb, 0.7, discMask(1))
    expect(() => compositeToBytes(composite, new Uint8ClampedArray(10))).toThrow(
      'disc composite: 10 bytes for a 4×3 raster',
    )
  })
})

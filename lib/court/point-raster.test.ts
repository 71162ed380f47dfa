import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readParquetFile } from '../parquet/read-parquet-file'
import { createRaster, discMask, rasterToBytes, stampDiscs, topDiscAt } from './point-raster'

const PROD = fileURLToPath(new URL('../../data/output/predictions_prod.parquet', import.meta.url))

describe('discMask', () => {
  it('covers the area of the disc, full inside and partial on its edge', () => {
    for (const radius of [2.5, 5, 10]) {
      const { coverage, dx, dy } = discMask(radius)
      const area = coverage.reduce((s, c) => s + c, 0)
      expect(Math.abs(area - Math.PI * radius * radius) / (Math.PI * radius * radius)).toBeLessThan(
        0.05,
      )
      const centre = [...dx].findIndex((x, j) => x === 0 && dy[j] === 0)
      expect(coverage[centre]).toBe(1)
    }
  })
  it('names a bad radius', () => {
    expect(() => discMask(0)).toThrow('point raster: radius must be a positive number, got 0')
  })
})

describe('stampDiscs', () => {
  it('composites source-over in index order (the later shot on top)', () => {
    const raster = createRaster(20, 20)
    const rgb = [255, 0, 0, 0, 0, 255]
    const mask = discMask(3)
    expect(stampDiscs(raster, [10, 10.4], [10, 10.2], [0, 1], rgb, 0.7, mask)).toBe(2)
    const bytes = new Uint8ClampedArray(20 * 20 * 4)
    rasterToBytes(raster, bytes)
    const o = 4 * (10 * 20 + 10)
    // red at 0.7, then blue at 0.7 over it: alpha 0.91, colour (0.7 blue + 0.21 red) / 0.91
    expect([...bytes.subarray(o, o + 4)]).toEqual([
      Math.round((255 * 0.21) / 0.91),
      0,
      Math.round((255 * 0.7) / 0.91),
      Math.round(0.91 * 255),
    ])
    expect(bytes[3]).toBe(0) // a corner no disc reaches stays transparent
  })

  it('equals a per-pixel reference on the Kobe prod shots, clipped at the edges', async () => {
    const table = await readParquetFile(PROD, { columns: ['loc_x', 'loc_y'] })
    const n = table.numRows
    expect(n).toBe(6426)
    // the court's loc units halved onto a 260 × 120 raster that cuts off the deeper shots
    const px = new Float64Array(n)
    const py = new Float64Array(n)
    const colors = new Uint8Array(n)
    for (let i = 0; i < n; i++) {
      px[i] = 130 + Number(table.data.loc_x![i]) / 2
      py[i] = 100 - Number(table.data.loc_y![i]) / 2
      colors[i] = i % 3
    }
    const rgb = [21, 128, 61, 220, 38, 38, 148, 163, 184]
    const radius = 2.5
    const width = 260
    const height = 120
    const raster = createRaster(width, height)
    const mask = discMask(radius)
    const stamped = stampDiscs(raster, px, py, colors, rgb, 0.7, mask)

    const reference = new Float64Array(width * height * 4)
    let touching = 0
    for (let k = 0; k < n; k++) {
      const cx = Math.floor(px[k]!)
      const cy = Math.floor(py[k]!)
      let touched = false
      // every pixel within 5 of the centre (beyond the disc's reach), clipped to the raster
      for (let iy = Math.max(0, cy - 5); iy < Math.min(height, cy + 6); iy++) {
        for (let ix = Math.max(0, cx - 5); ix < Math.min(width, cx + 6); ix++) {
          const c = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(ix - cx, iy - cy)))
          if (c <= 0) continue
          touched = true
          const a = 0.7 * c
          const o = 4 * (iy * width + ix)
          for (let ch = 0; ch < 3; ch++)
            reference[o + ch] = rgb[3 * colors[k]! + ch]! * a + reference[o + ch]! * (1 - a)
          reference[o + 3] = a + reference[o + 3]! * (1 - a)
        }
      }
      if (touched) touching++
    }
    expect(stamped).toBe(touching)
    expect(touching).toBeGreaterThan(100)
    expect(touching).toBeLessThan(n) // some shots lie beyond the raster
    let worst = 0
    for (let o = 0; o < reference.length; o++)
      worst = Math.max(worst, Math.abs(reference[o]! - raster.pixels[o]!))
    expect(worst).toBeLessThan(1e-3) // float32 storage of the same arithmetic
  })

  it('skips shots without a position', () => {
    const raster = createRaster(10, 10)
    expect(stampDiscs(raster, [NaN, 5], [5, Infinity], [0, 0], [0, 0, 0], 1, discMask(2))).toBe(0)
    expect(raster.pixels.every((v) => v === 0)).toBe(true)
  })
})

describe('topDiscAt', () => {
  it('finds the last drawn disc under a point, or -1', () => {
    const px = [10, 11, 40]
    const py = [10, 10, 40]
    expect(topDiscAt(px, py, 10.5, 10, 2.5)).toBe(1)
    expect(topDiscAt(px, py, 8, 10, 2.5)).toBe(0)
    expect(topDiscAt(px, py, 25, 25, 2.5)).toBe(-1)
  })
})

import type { DiscMask } from './point-raster'

/**
 * Translucent discs composited source-over in index order (as `stampDiscs` does), kept as each
 * disc's weight on each pixel it touches: its opacity times what the discs above it let
 * through (none once the pixel lets less than HIDDEN through). A pixel's premultiplied colour
 * is then Σ weight × colour and its alpha does not depend on the colours at all, so a
 * recolouring (a threshold change) only re-adds the discs whose colour changed instead of
 * compositing every disc again. Built once per positions and
 * view, into the buffers of the previous composite when they fit (a filter change allocates
 * nothing); memory: one float per disc and mask pixel (50,000 discs of radius 2.5 px: about
 * 5 MB) and four per pixel.
 */
export interface DiscComposite {
  width: number
  height: number
  /** mask pixels per disc */
  stride: number
  /** discs composited (the arrays below may hold room for more) */
  count: number
  /** per disc: the pixel under its centre (index, not ×4; outside the raster for a disc on its
   * edge), and whether any of the disc falls inside the raster */
  base: Int32Array
  drawn: Uint8Array
  /** per disc and mask pixel: the disc's weight there (0 outside the raster) */
  weight: Float32Array
  /** per pixel, interleaved: premultiplied r, g, b (0–255) and what all discs let through
   * (1 − alpha) */
  pixels: Float32Array
  /** per disc: its colour as painted (three 0–255 components) */
  painted: Float32Array
  mask: DiscMask
}

/**
 * Light a pixel must still let through for a disc under it to be added: below it the disc, and
 * all discs under it together, would move the pixel by less than 1/64 of a colour level (255 ×
 * 1/16,384), so a byte changes by at most one, and only where its value lies that close to a
 * rounding edge (on the 1M-row bench sample, 115 of 672,000 bytes). The dense spots near the
 * basket lie many discs deep: 50,000 sampled shots composite about a quarter faster.
 */
const HIDDEN = 1 / 16_384

/** The buffers of `reuse` when they fit n discs of `mask` on a w × h raster, else new ones. */
function compositeBuffers(
  w: number,
  h: number,
  n: number,
  mask: DiscMask,
  reuse: DiscComposite | null | undefined,
): DiscComposite {
  const m = mask.coverage.length
  if (reuse && reuse.width === w && reuse.height === h && reuse.mask === mask) {
    if (reuse.base.length >= n) {
      const { pixels } = reuse
      pixels.fill(0)
      for (let o = 3; o < pixels.length; o += 4) pixels[o] = 1
      return { ...reuse, count: n }
    }
  }
  const pixels = new Float32Array(4 * w * h)
  for (let o = 3; o < pixels.length; o += 4) pixels[o] = 1
  return {
    width: w,
    height: h,
    stride: m,
    count: n,
    base: new Int32Array(n),
    drawn: new Uint8Array(n),
    weight: new Float32Array(n * m),
    pixels,
    painted: new Float32Array(3 * n),
    mask,
  }
}

/**
 * Composites disc k at pixel position (`px[k]`, `py[k]`) in colour `colors[k]` (an index into
 * `rgb`, three components per colour) with opacity `alpha`; discs are walked from the top one
 * down, each pixel remembering how much light still comes through. `reuse`: a composite this
 * one replaces (its buffers are overwritten when the raster and mask are the same and it has
 * room for the discs; do not use it afterwards).
 */
export function composeDiscs(
  width: number,
  height: number,
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  colors: ArrayLike<number>,
  rgb: ArrayLike<number>,
  alpha: number,
  mask: DiscMask,
  reuse?: DiscComposite | null,
): DiscComposite {
  const w = Math.max(0, Math.floor(width))
  const h = Math.max(0, Math.floor(height))
  const { dx, dy, coverage } = mask
  const m = coverage.length
  const n = Math.min(px.length, py.length, colors.length)
  const out = compositeBuffers(w, h, n, mask, reuse)
  const { base, drawn, weight, pixels, painted } = out
  // per mask pixel: its offset in the raster and its opacity; discs wholly inside skip the checks
  const offset = new Int32Array(m)
  const opacity = new Float32Array(m)
  let reach = 0
  for (let j = 0; j < m; j++) {
    offset[j] = (dy[j] as number) * w + (dx[j] as number)
    opacity[j] = alpha * (coverage[j] as number)
    reach = Math.max(reach, Math.abs(dx[j] as number), Math.abs(dy[j] as number))
  }
  // the colours are added in the same pass: a disc's weight is final once the discs above it
  // have been walked
  for (let k = n - 1; k >= 0; k--) {
    drawn[k] = 0
    const x = px[k] as number
    const y = py[k] as number
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue
    const cx = Math.floor(x)
    const cy = Math.floor(y)
    if (cx < -reach || cy < -reach || cx >= w + reach || cy >= h + reach) continue
    const c = 3 * (colors[k] as number)
    const r = rgb[c] as number
    const g = rgb[c + 1] as number
    const b = rgb[c + 2] as number
    const inside = cx >= reach && cy >= reach && cx < w - reach && cy < h - reach
    const centre = cy * w + cx
    const row = k * m
    let touched = false
    for (let j = 0; j < m; j++) {
      if (!inside) {
        const ix = cx + (dx[j] as number)
        const iy = cy + (dy[j] as number)
        if (ix < 0 || iy < 0 || ix >= w || iy >= h) {
          weight[row + j] = 0
          continue
        }
      }
      touched = true
      const o = 4 * (centre + (offset[j] as number))
      const t = pixels[o + 3] as number
      // under the discs above, this pixel lets almost no light through: what the disc would
      // add is left out
      if (t < HIDDEN) {
        weight[row + j] = 0
        continue
      }
      const wk = (opacity[j] as number) * t
      weight[row + j] = wk
      pixels[o + 3] = t - wk
      pixels[o] = (pixels[o] as number) + wk * r
      pixels[o + 1] = (pixels[o + 1] as number) + wk * g
      pixels[o + 2] = (pixels[o + 2] as number) + wk * b
    }
    base[k] = centre
    if (touched) {
      drawn[k] = 1
      painted[3 * k] = r
      painted[3 * k + 1] = g
      painted[3 * k + 2] = b
    }
  }
  return out
}

/**
 * Paints the discs in new colours (`colors[k]` indexes `rgb`), re-adding only those whose colour
 * changed. Returns how many discs changed.
 */
export function recolorDiscs(
  composite: DiscComposite,
  colors: ArrayLike<number>,
  rgb: ArrayLike<number>,
): number {
  const { width, stride, count, base, drawn, weight, painted, pixels, mask } = composite
  const { dx, dy } = mask
  const offsets = new Int32Array(stride)
  for (let j = 0; j < stride; j++) offsets[j] = (dy[j] as number) * width + (dx[j] as number)
  let changed = 0
  for (let k = 0; k < count; k++) {
    if (drawn[k] === 0) continue
    const b = base[k] as number
    const c = 3 * (colors[k] as number)
    const dr = (rgb[c] as number) - (painted[3 * k] as number)
    const dg = (rgb[c + 1] as number) - (painted[3 * k + 1] as number)
    const db = (rgb[c + 2] as number) - (painted[3 * k + 2] as number)
    if (dr === 0 && dg === 0 && db === 0) continue
    changed++
    painted[3 * k] = rgb[c] as number
    painted[3 * k + 1] = rgb[c + 1] as number
    painted[3 * k + 2] = rgb[c + 2] as number
    const row = k * stride
    for (let j = 0; j < stride; j++) {
      const wk = weight[row + j] as number
      if (wk === 0) continue
      const o = 4 * (b + (offsets[j] as number))
      pixels[o] = (pixels[o] as number) + wk * dr
      pixels[o + 1] = (pixels[o + 1] as number) + wk * dg
      pixels[o + 2] = (pixels[o + 2] as number) + wk * db
    }
  }
  return changed
}

/** Straight-alpha RGBA bytes (an ImageData's `data`) of the composite. */
export function compositeToBytes(composite: DiscComposite, out: Uint8ClampedArray): void {
  const { pixels, width, height } = composite
  if (out.length !== pixels.length) {
    throw new RangeError(`disc composite: ${out.length} bytes for a ${width}×${height} raster`)
  }
  // an empty pixel (most of them) is one 32-bit store
  const words = new Uint32Array(out.buffer, out.byteOffset, out.length >> 2)
  for (let o = 0; o < pixels.length; o += 4) {
    // alpha rounded to a float as it was stored before it shared the pixel with the colours
    const a = Math.fround(1 - (pixels[o + 3] as number))
    if (a <= 0) {
      words[o >> 2] = 0
      continue
    }
    out[o] = (pixels[o] as number) / a
    out[o + 1] = (pixels[o + 1] as number) / a
    out[o + 2] = (pixels[o + 2] as number) / a
    out[o + 3] = a * 255
  }
}

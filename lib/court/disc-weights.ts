import type { DiscMask } from './point-raster'

/**
 * Translucent discs composited source-over in index order (as `stampDiscs` does), kept as each
 * disc's weight on each pixel it touches: its opacity times what the discs above it let
 * through. A pixel's premultiplied colour is then Σ weight × colour and its alpha does not
 * depend on the colours at all, so a recolouring (a threshold change) only re-adds the discs
 * whose colour changed instead of compositing every disc again. Built once per positions and
 * view; memory: one float per disc and mask pixel (50,000 discs of radius 2.5 px: about 6 MB).
 */
export interface DiscComposite {
  width: number
  height: number
  /** mask pixels per disc */
  stride: number
  /** per disc: the pixel under its centre (index, not ×4; outside the raster for a disc on its
   * edge), and whether any of the disc falls inside the raster */
  base: Int32Array
  drawn: Uint8Array
  /** per disc and mask pixel: the disc's weight there (0 outside the raster) */
  weight: Float32Array
  /** per pixel: alpha (1 − what all discs let through) */
  alpha: Float32Array
  /** per pixel: premultiplied r, g, b (0–255) */
  rgb: Float32Array
  /** per disc: its colour as painted (three 0–255 components) */
  painted: Float32Array
  mask: DiscMask
}

/**
 * Composites disc k at pixel position (`px[k]`, `py[k]`) in colour `colors[k]` (an index into
 * `rgb`, three components per colour) with opacity `alpha`; discs are walked from the top one
 * down, each pixel remembering how much light still comes through.
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
): DiscComposite {
  const w = Math.max(0, Math.floor(width))
  const h = Math.max(0, Math.floor(height))
  const { dx, dy, coverage } = mask
  const m = coverage.length
  const n = Math.min(px.length, py.length, colors.length)
  const base = new Int32Array(n)
  const drawn = new Uint8Array(n)
  const weight = new Float32Array(n * m)
  const through = new Float32Array(w * h).fill(1)
  const out: DiscComposite = {
    width: w,
    height: h,
    stride: m,
    base,
    drawn,
    weight,
    alpha: new Float32Array(w * h),
    rgb: new Float32Array(3 * w * h),
    painted: new Float32Array(3 * n),
    mask,
  }
  const { painted } = out
  const sum = out.rgb
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
        if (ix < 0 || iy < 0 || ix >= w || iy >= h) continue
      }
      const p = centre + (offset[j] as number)
      const t = through[p] as number
      const wk = (opacity[j] as number) * t
      weight[row + j] = wk
      through[p] = t - wk
      const o = 3 * p
      sum[o] = (sum[o] as number) + wk * r
      sum[o + 1] = (sum[o + 1] as number) + wk * g
      sum[o + 2] = (sum[o + 2] as number) + wk * b
      touched = true
    }
    base[k] = centre
    drawn[k] = touched ? 1 : 0
    if (touched) {
      painted[3 * k] = r
      painted[3 * k + 1] = g
      painted[3 * k + 2] = b
    }
  }
  for (let p = 0; p < through.length; p++) out.alpha[p] = 1 - (through[p] as number)
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
  const { width, stride, base, drawn, weight, painted, mask } = composite
  const out = composite.rgb
  const { dx, dy } = mask
  const offsets = new Int32Array(stride)
  for (let j = 0; j < stride; j++) offsets[j] = (dy[j] as number) * width + (dx[j] as number)
  let changed = 0
  for (let k = 0; k < base.length; k++) {
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
      const o = 3 * (b + (offsets[j] as number))
      out[o] = (out[o] as number) + wk * dr
      out[o + 1] = (out[o + 1] as number) + wk * dg
      out[o + 2] = (out[o + 2] as number) + wk * db
    }
  }
  return changed
}

/** Straight-alpha RGBA bytes (an ImageData's `data`) of the composite. */
export function compositeToBytes(composite: DiscComposite, out: Uint8ClampedArray): void {
  const { alpha, rgb, width, height } = composite
  if (out.length !== 4 * alpha.length) {
    throw new RangeError(`disc composite: ${out.length} bytes for a ${width}×${height} raster`)
  }
  for (let p = 0; p < alpha.length; p++) {
    const a = alpha[p] as number
    const o = 4 * p
    if (a <= 0) {
      out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0
      continue
    }
    out[o] = (rgb[3 * p] as number) / a
    out[o + 1] = (rgb[3 * p + 1] as number) / a
    out[o + 2] = (rgb[3 * p + 2] as number) / a
    out[o + 3] = a * 255
  }
}

/**
 * The court's point canvas without a browser: stamping N discs (stampDiscs, what the canvas did
 * before) against building the disc weights (composeDiscs, a filter change) and recolouring a
 * share of them (recolorDiscs, a threshold change), each with its bytes for the ImageData,
 * interleaved in one process so the machine's load hits all three alike. Medians of --repeats.
 *
 *   npx tsx scripts/bench-ui/measure-disc-composite.ts [--discs 50000] [--changed-percent 20]
 */
import { loadavg } from 'node:os'
import { argNumber } from '../arg-number'
import { compositeToBytes, composeDiscs, recolorDiscs } from '../../lib/court/disc-weights'
import { createRaster, discMask, rasterToBytes, stampDiscs } from '../../lib/court/point-raster'

const n = argNumber('discs', 50_000)
const percent = argNumber('changed-percent', 20)
const repeats = argNumber('repeats', 9)
// one map of the side-by-side court at 1280 px, device pixel ratio 1, radius 2.5 px
const [width, height, radius] = [420, 400, 2.5]
let state = 1
const random = () => (state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296) / 4_294_967_296
const px = Float32Array.from({ length: n }, () => random() * width)
const py = Float32Array.from({ length: n }, () => random() * height)
const before = Uint16Array.from({ length: n }, () => Math.floor(random() * 4))
const after = Uint16Array.from(before, (c) => (random() * 100 < percent ? (c + 1) % 4 : c))
const rgb = Float32Array.from([21, 128, 61, 220, 38, 38, 148, 163, 184, 50, 50, 200])
const mask = discMask(radius)
const bytes = new Uint8ClampedArray(width * height * 4)
const times = { stamp: [] as number[], compose: [] as number[], recolour: [] as number[] }
for (let r = 0; r < repeats; r++) {
  let t0 = performance.now()
  const raster = createRaster(width, height)
  stampDiscs(raster, px, py, before, rgb, 0.7, mask)
  rasterToBytes(raster, bytes)
  times.stamp.push(performance.now() - t0)
  t0 = performance.now()
  const composite = composeDiscs(width, height, px, py, before, rgb, 0.7, mask)
  compositeToBytes(composite, bytes)
  times.compose.push(performance.now() - t0)
  t0 = performance.now()
  recolorDiscs(composite, after, rgb)
  compositeToBytes(composite, bytes)
  times.recolour.push(performance.now() - t0)
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
console.log(
  `${n.toLocaleString('en')} discs on ${width}×${height} px (load ${loadavg()[0]!.toFixed(2)}): ` +
    `stamp ${median(times.stamp).toFixed(1)} ms, compose ${median(times.compose).toFixed(1)} ms, ` +
    `recolour ${percent} % ${median(times.recolour).toFixed(1)} ms (each with its bytes)`,
)

'use client'

import L from 'leaflet'
import { CourtCanvasLayer } from './court-canvas-layer'
import { courtTransform } from './court-transform'
import { cssRgb } from '@/lib/court/css-rgb'
import {
  compositeToBytes,
  composeDiscs,
  recolorDiscs,
  type DiscComposite,
} from '@/lib/court/disc-weights'
import { discMask, topDiscAt, type DiscMask } from '@/lib/court/point-raster'

const FALLBACK_RGB: [number, number, number] = [148, 163, 184]

/**
 * Every shot as a translucent disc on one canvas of its own, drawn pixel by pixel
 * (lib/court/disc-weights) instead of one Leaflet circle marker per shot. Created once per map;
 * `setPoints` gives it new positions (a filter change) and `setColors` new colours (a threshold
 * change), both repainting in place. The discs' weights are kept per view, so a recolouring
 * re-adds only the shots whose colour changed. Positions are in court units (lat = y, lng = x,
 * CRS.Simple); colours are indices into a palette of CSS colours. The canvas covers the map's
 * container and is redrawn after each move, zoom or resize; it takes no pointer events:
 * `topAt` answers "which shot is under this container point".
 */
export class PointCanvasLayer extends CourtCanvasLayer {
  private composite: DiscComposite | null = null
  private image: ImageData | null = null
  private mask: DiscMask | null = null
  private maskDpr = 0
  private xs: ArrayLike<number> = []
  private ys: ArrayLike<number> = []
  private order: Uint32Array | null = null
  private screenX = new Float32Array(0)
  private screenY = new Float32Array(0)
  private deviceX = new Float32Array(0)
  private deviceY = new Float32Array(0)
  private palette: Float32Array = new Float32Array(0)
  /** colour index of each drawn shot (k-th of `order`) */
  private drawnIds: Uint16Array = new Uint16Array(0)
  /** the view the discs were composited for ("" = none yet, or new positions) */
  private composed = ''
  /** shots with a finite position (all of them are drawn up to the cap, a sample above it) */
  placed = 0

  constructor(
    private readonly radius: number,
    private readonly opacity: number,
  ) {
    super()
  }

  /**
   * New shots (`order`: the ones to draw, in drawing order, indices into xs / ys; every shot
   * when null). Paints nothing until `setColors` gives their colours (`drawn`, `shotOf` first
   * say which shots to colour). `placed`: how many shots have a finite position, when the caller
   * has counted them already (else they are counted here).
   */
  setPoints(
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    order: Uint32Array | null,
    placed?: number,
  ): this {
    const n = Math.min(xs.length, ys.length)
    const m = order ? order.length : n
    this.xs = xs
    this.ys = ys
    this.order = order
    this.screenX = new Float32Array(m)
    this.screenY = new Float32Array(m)
    this.deviceX = new Float32Array(m)
    this.deviceY = new Float32Array(m)
    this.placed = placed ?? countPlaced(xs, ys, n)
    this.composed = ''
    this.drawnIds = new Uint16Array(0)
    return this
  }

  /** shots drawn: all of them, or those in `order` */
  get drawn(): number {
    return this.screenX.length
  }

  /** The drawn shot k (the k-th of `order`, or shot k); `topAt` maps back the same way. */
  shotOf(k: number): number {
    return this.order ? (this.order[k] as number) : k
  }

  /** New colours: `ids[k]` indexes `colors` (CSS colours) for drawn shot k. Repaints at once. */
  setColors(ids: Uint16Array, colors: readonly string[]): this {
    this.drawnIds = ids
    const palette = new Float32Array(3 * colors.length)
    colors.forEach((color, c) => palette.set(cssRgb(normalise(color)) ?? FALLBACK_RGB, 3 * c))
    this.palette = palette
    this.redraw()
    return this
  }

  protected override released(): void {
    this.composite = null
    this.image = null
  }

  /** The index of the shot drawn on top at a container point, or -1. */
  topAt(point: L.Point): number {
    const k = topDiscAt(this.screenX, this.screenY, point.x, point.y, this.radius)
    return k < 0 ? k : this.shotOf(k)
  }

  /** The position (court units) of shot i, for the tooltip. */
  positionOf(i: number): [number, number] {
    return [this.xs[i] as number, this.ys[i] as number]
  }

  redraw(): void {
    const fitted = this.fitCanvas()
    if (!fitted) return
    const { map, canvas, dpr, width, height } = fitted
    if (fitted.resized) this.image = null
    if (!this.mask || this.maskDpr !== dpr) {
      this.mask = discMask(this.radius * dpr)
      this.maskDpr = dpr
    }
    const { ox, oy, sx, sy } = courtTransform(map)
    const context = canvas.getContext('2d')
    if (!context || width === 0 || height === 0) return
    const { xs, ys, order, screenX, screenY, deviceX, deviceY } = this
    // a recolouring keeps the view: project and composite again only after a move, zoom,
    // resize or new positions
    const view = `${ox},${oy},${sx},${sy},${dpr},${width},${height}`
    let composite = this.composite
    if (view !== this.composed || !composite || composite.count !== this.drawnIds.length) {
      for (let k = 0; k < screenX.length; k++) {
        const i = order ? (order[k] as number) : k
        screenX[k] = ox + sx * (xs[i] as number)
        screenY[k] = oy + sy * (ys[i] as number)
        deviceX[k] = screenX[k]! * dpr
        deviceY[k] = screenY[k]! * dpr
      }
      composite = composeDiscs(
        width,
        height,
        deviceX,
        deviceY,
        this.drawnIds,
        this.palette,
        this.opacity,
        this.mask,
        // the last composite's buffers, overwritten in place when they fit
        composite,
      )
      this.composite = composite
      this.composed = view
    } else {
      recolorDiscs(composite, this.drawnIds, this.palette)
    }
    this.image ??= context.createImageData(width, height)
    compositeToBytes(composite, this.image.data)
    context.putImageData(this.image, 0, 0)
  }
}

function countPlaced(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number): number {
  let placed = 0
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(xs[i] as number) && Number.isFinite(ys[i] as number)) placed++
  }
  return placed
}

let probe: CanvasRenderingContext2D | null | undefined
/** Any CSS colour as the canvas normalises it ("#rrggbb" or "rgba(…)"). */
function normalise(color: string): string {
  if (cssRgb(color)) return color
  probe ??= document.createElement('canvas').getContext('2d')
  if (!probe) return color
  probe.fillStyle = '#000000'
  probe.fillStyle = color
  return String(probe.fillStyle)
}

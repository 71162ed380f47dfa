'use client'

import { CourtCanvasLayer } from './court-canvas-layer'
import { courtTransform } from './court-transform'

/** Hexagons to draw: centres in court units, a CSS colour and a size fraction per hexagon. */
export interface HexPaint {
  cx: ArrayLike<number>
  cy: ArrayLike<number>
  color: readonly string[]
  size: ArrayLike<number>
  /** full hexagon radius (centre to corner) in court units */
  radius: number
  /** a thin edge in a colour that stands off the floor, so light or dark ends of the ramp
   * still show their shape (e.g. viridis' yellow on a light floor) */
  outline: string
}

const FILL_OPACITY = 0.85
/** a hair of floor between full-size neighbours */
const GAP = 0.96

/**
 * Hexagons on one canvas of their own, filled path by path (a few hundred of them: well under a
 * millisecond), instead of a Leaflet polygon per hexagon: `setHexes` repaints in place, so a
 * filter or threshold change builds no layer. Positions are in court units (lat = y, lng = x,
 * CRS.Simple); the canvas covers the map's container, is redrawn after each move, zoom or resize
 * and takes no pointer events.
 */
export class HexCanvasLayer extends CourtCanvasLayer {
  private paint: HexPaint | null = null

  setHexes(paint: HexPaint): this {
    this.paint = paint
    this.redraw()
    return this
  }

  redraw(): void {
    const fitted = this.fitCanvas()
    if (!fitted) return
    const { map, canvas, dpr, width, height } = fitted
    const context = canvas.getContext('2d')
    if (!context) return
    context.setTransform(1, 0, 0, 1, 0, 0)
    context.clearRect(0, 0, width, height)
    const paint = this.paint
    if (!paint || width === 0 || height === 0) return
    const transform = courtTransform(map)
    const sx = transform.sx * dpr
    const sy = transform.sy * dpr
    const ox = transform.ox * dpr
    const oy = transform.oy * dpr
    // pointy-top corners, y up in court units (sy < 0 flips them on screen)
    const cornerX: number[] = []
    const cornerY: number[] = []
    for (let k = 0; k < 6; k++) {
      cornerX.push(Math.sin((k * Math.PI) / 3))
      cornerY.push(Math.cos((k * Math.PI) / 3))
    }
    context.lineWidth = dpr
    context.strokeStyle = paint.outline
    const { cx, cy, color, size: fraction, radius } = paint
    for (let c = 0; c < color.length; c++) {
      const r = radius * GAP * (fraction[c] as number)
      const x = ox + sx * (cx[c] as number)
      const y = oy + sy * (cy[c] as number)
      context.beginPath()
      for (let k = 0; k < 6; k++) {
        const px = x + sx * r * (cornerX[k] as number)
        const py = y + sy * r * (cornerY[k] as number)
        if (k === 0) context.moveTo(px, py)
        else context.lineTo(px, py)
      }
      context.closePath()
      context.globalAlpha = FILL_OPACITY
      context.fillStyle = color[c] as string
      context.fill()
      context.globalAlpha = 1
      context.stroke()
    }
  }
}

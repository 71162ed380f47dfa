'use client'

import L from 'leaflet'

/** The canvas sized to the map for one redraw, in device pixels. */
export interface FittedCanvas {
  map: L.Map
  canvas: HTMLCanvasElement
  dpr: number
  width: number
  height: number
  /** the canvas's pixel size changed (its bitmap was cleared) */
  resized: boolean
}

/**
 * A Leaflet layer that owns one canvas covering the map's container, redrawn after each move,
 * zoom or resize, taking no pointer events: the base of the court's point and hexagon layers,
 * which draw on it in `redraw` after `fitCanvas`.
 */
export abstract class CourtCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null
  private host: L.Map | null = null

  abstract redraw(): void

  /** Forgets what was drawn for the removed canvas (nothing by default). */
  protected released(): void {}

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create('canvas', 'leaflet-zoom-hide') as HTMLCanvasElement
    canvas.style.pointerEvents = 'none'
    canvas.style.position = 'absolute'
    this.getPane()?.appendChild(canvas)
    this.canvas = canvas
    this.host = map
    map.on('moveend zoomend resize viewreset', this.redraw, this)
    this.redraw()
    return this
  }

  override onRemove(map: L.Map): this {
    map.off('moveend zoomend resize viewreset', this.redraw, this)
    this.canvas?.remove()
    this.canvas = null
    this.host = null
    this.released()
    return this
  }

  /** Places the canvas over the container and sizes it for the device pixel ratio; null before onAdd. */
  protected fitCanvas(): FittedCanvas | null {
    const map = this.host
    const canvas = this.canvas
    if (!map || !canvas) return null
    const size = map.getSize()
    const dpr = window.devicePixelRatio || 1
    const width = Math.round(size.x * dpr)
    const height = Math.round(size.y * dpr)
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]))
    canvas.style.width = `${size.x}px`
    canvas.style.height = `${size.y}px`
    const resized = canvas.width !== width || canvas.height !== height
    if (resized) {
      canvas.width = width
      canvas.height = height
    }
    return { map, canvas, dpr, width, height, resized }
  }
}

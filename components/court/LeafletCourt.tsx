'use client'

import 'leaflet/dist/leaflet.css'
import L from 'leaflet'
import { useEffect } from 'react'
import { MapContainer, useMap, useMapEvents } from 'react-leaflet'
import type { CourtXY } from '@/lib/court/coordinates'
import { COURT_HALF_WIDTH, courtYRange, type CourtExtent } from '@/lib/court/court-geometry'
import type { Theme } from '@/components/shell/theme'
import { COURT_COLORS } from './court-colors'
import { CourtLines } from './CourtLines'
import type { CourtMarker, CourtPoints } from './court-types'
import type { HexPaint } from './hex-canvas-layer'
import { HexLayer } from './HexLayer'
import { ShotLayer } from './ShotLayer'
import { textTooltip } from './text-tooltip'

export interface LeafletCourtProps {
  extent: CourtExtent
  theme: Theme
  points: CourtPoints
  pointRadius: number
  /** the shots to draw, ascending (a sample above POINT_CAP); null: all of them */
  drawOrder: Uint32Array | null
  /** shots with a finite position (as counted for the sample) */
  placed?: number
  /** hexagons instead of shots; `describe(k)` is hexagon k's tooltip */
  hex: { paint: HexPaint; describe: (k: number) => string } | null
  marker: CourtMarker | null
  onCourtClick?: (at: CourtXY) => void
  onDrawn: (count: number, ms: number) => void
  /** a colour change restyled `changed` markers in `ms` (points mode) */
  onRestyled?: (changed: number, ms: number) => void
  ariaLabel: string
}

const MARGIN = 8 // loc units around the court

/** Leaflet itself (browser only): CRS.Simple in court units, lat = loc_y, lng = loc_x. */
export default function LeafletCourt(props: LeafletCourtProps) {
  const [bottom, top] = courtYRange(props.extent)
  const bounds = L.latLngBounds(
    [bottom - MARGIN, -COURT_HALF_WIDTH - MARGIN],
    [top + MARGIN, COURT_HALF_WIDTH + MARGIN],
  )
  const colors = COURT_COLORS[props.theme]
  return (
    <MapContainer
      crs={L.CRS.Simple}
      bounds={bounds}
      preferCanvas
      zoomSnap={0}
      zoomDelta={0.5}
      minZoom={-3}
      maxZoom={4}
      scrollWheelZoom={false}
      attributionControl={false}
      className={'h-full w-full rounded-lg' + (props.onCourtClick ? ' cursor-crosshair' : '')}
      style={{ background: colors.around }}
      aria-label={props.ariaLabel}
    >
      <FitCourt bounds={bounds} />
      <CourtLines extent={props.extent} theme={props.theme} />
      {props.hex ? (
        <HexLayer {...props.hex} onDrawn={props.onDrawn} />
      ) : (
        <ShotLayer
          points={props.points}
          radius={props.pointRadius}
          order={props.drawOrder}
          placed={props.placed}
          onDrawn={props.onDrawn}
          onRestyled={props.onRestyled}
        />
      )}
      {props.marker && <MarkerLayer marker={props.marker} color={colors.marker} />}
      {props.onCourtClick && <ClickHandler onCourtClick={props.onCourtClick} />}
    </MapContainer>
  )
}

/** Keeps the whole court in view when the container changes size. */
function FitCourt({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap()
  const key = bounds.toBBoxString()
  useEffect(() => {
    const fit = () => {
      map.invalidateSize({ animate: false })
      map.fitBounds(L.latLngBounds(bounds.getSouthWest(), bounds.getNorthEast()), {
        animate: false,
      })
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(map.getContainer())
    return () => observer.disconnect()
    // bounds is rebuilt each render; its box string is the real dependency
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key])
  return null
}

function ClickHandler({ onCourtClick }: { onCourtClick: (at: CourtXY) => void }) {
  useMapEvents({ click: (event) => onCourtClick({ x: event.latlng.lng, y: event.latlng.lat }) })
  return null
}

/** A ring with a dot at a chosen location (the what-if shot), with an optional text label. */
function MarkerLayer({ marker, color }: { marker: CourtMarker; color: string }) {
  const map = useMap()
  useEffect(() => {
    const at = L.latLng(marker.y, marker.x)
    const group = L.layerGroup([
      L.circleMarker(at, { radius: 10, color, weight: 3, fill: false, interactive: false }),
      L.circleMarker(at, {
        radius: 3,
        stroke: false,
        fillColor: color,
        fillOpacity: 1,
        interactive: false,
      }),
    ])
    if (marker.label) {
      group.addLayer(
        L.tooltip({ permanent: true, direction: 'right', offset: [12, 0] })
          .setLatLng(at)
          .setContent(textTooltip(marker.label)),
      )
    }
    group.addTo(map)
    return () => {
      group.remove()
    }
  }, [map, marker.x, marker.y, marker.label, color])
  return null
}

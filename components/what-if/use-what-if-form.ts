'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { withQuery } from '@/lib/url-state/serialise-url-state'
import { checkInput, defaultText, parseTypedNumber } from '@/lib/views/what-if/check-inputs'
import { shotDistanceOfLatLng, type ShotLocation } from '@/lib/views/what-if/court-location'
import type { FeatureSpec } from '@/lib/site-data/model/model-snapshot-types'
import { readWhatIfQuery, writeWhatIfQuery } from '@/lib/views/what-if/what-if-query'

interface FormState {
  raw: Record<string, string>
  shotId: string | null
  /** changed by the user since the page loaded: written to the URL */
  dirty: boolean
  /** the URL named a shot but none of its inputs: fill from the shot once the rows are here */
  fillFromShot: boolean
}

export interface WhatIfForm {
  /** typed text per input */
  raw: Record<string, string>
  /** the prod shot the form was filled from */
  shotId: string | null
  /** true when a link gave only `wi_shot`: the form waits to be filled from that shot */
  fillFromShot: boolean
  /** types into one input; a valid lat or lng also recomputes shot_distance from the location */
  setField: (name: string, text: string) => void
  /** a court click: lat, lng and shot_distance together */
  setLocation: (location: ShotLocation) => void
  /** fills the form from a real shot */
  fill: (values: Record<string, number>, shotId: string | null) => void
  reset: () => void
}

const URL_DELAY_MS = 150

/**
 * The what-if form: initialised from the URL's `wi_*` parameters (else the specs' defaults),
 * kept in React state so typing is instant, and written back to the URL (debounced, in place) so
 * a link reproduces the shot. Null until the URL has been read.
 */
export function useWhatIfForm(specs: readonly FeatureSpec[]): WhatIfForm | null {
  const { query, ready } = useUrlState()
  const [state, setState] = useState<FormState | null>(null)
  if (state === null && ready) {
    const fromUrl = readWhatIfQuery(query, specs)
    setState({
      raw: fromUrl.raw,
      shotId: fromUrl.shotId,
      dirty: false,
      fillFromShot: fromUrl.shotId !== null && !fromUrl.fromUrl,
    })
  }

  const timer = useRef<number | null>(null)
  useEffect(() => {
    if (!state?.dirty) return
    timer.current = window.setTimeout(() => {
      const current = window.location.search.replace(/^\?/, '')
      const next = writeWhatIfQuery(current, specs, state.raw, state.shotId)
      if (next !== current)
        window.history.replaceState(
          window.history.state,
          '',
          withQuery(window.location.pathname, next),
        )
    }, URL_DELAY_MS)
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current)
    }
  }, [state, specs])

  const setField = useCallback(
    (name: string, text: string) =>
      setState((s) => {
        if (!s) return s
        const raw = { ...s.raw, [name]: text }
        if ((name === 'lat' || name === 'lng') && 'shot_distance' in raw) {
          const lat = specs.find((f) => f.name === 'lat')
          const lng = specs.find((f) => f.name === 'lng')
          if (lat && lng && !checkInput(lat, raw.lat) && !checkInput(lng, raw.lng)) {
            raw.shot_distance = String(
              shotDistanceOfLatLng(parseTypedNumber(raw.lat!), parseTypedNumber(raw.lng!)),
            )
          }
        }
        return { ...s, raw, dirty: true, fillFromShot: false }
      }),
    [specs],
  )
  const setLocation = useCallback(
    (at: ShotLocation) =>
      setState(
        (s) =>
          s && {
            ...s,
            raw: {
              ...s.raw,
              lat: String(at.lat),
              lng: String(at.lng),
              shot_distance: String(at.shot_distance),
            },
            dirty: true,
            fillFromShot: false,
          },
      ),
    [],
  )
  const fill = useCallback(
    (values: Record<string, number>, shotId: string | null) =>
      setState((s) => {
        const raw = { ...(s?.raw ?? {}) }
        for (const spec of specs)
          if (Number.isFinite(values[spec.name])) raw[spec.name] = String(values[spec.name])
        return { raw, shotId, dirty: true, fillFromShot: false }
      }),
    [specs],
  )
  const reset = useCallback(
    () =>
      setState({
        raw: Object.fromEntries(specs.map((s) => [s.name, defaultText(s)])),
        shotId: null,
        dirty: true,
        fillFromShot: false,
      }),
    [specs],
  )
  // inputs another model brought in (the Model list changed) start at their defaults
  const stateRaw = state?.raw
  const raw = useMemo(() => {
    if (!stateRaw) return null
    const missing = specs.filter((s) => !(s.name in stateRaw))
    if (missing.length === 0) return stateRaw
    return { ...Object.fromEntries(missing.map((s) => [s.name, defaultText(s)])), ...stateRaw }
  }, [stateRaw, specs])
  if (!state || !raw) return null
  return {
    raw,
    shotId: state.shotId,
    fillFromShot: state.fillFromShot,
    setField,
    setLocation,
    fill,
    reset,
  }
}

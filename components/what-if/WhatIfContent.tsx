'use client'

import { useMemo } from 'react'
import { useDashboard } from '@/components/data/use-dashboard'
import { IgnoredParamsNotice } from '@/components/shell/IgnoredParamsNotice'
import { useUrlState } from '@/components/shell/url-state-context'
import { ignoredWhatIfParams } from '@/lib/views/what-if/what-if-query'
import { useT } from '@/components/shell/use-t'
import { scoreRow } from '@/lib/views/what-if/what-if-model'
import {
  checkInput,
  checkInputs,
  outsideTraining,
  parseTypedNumber,
} from '@/lib/views/what-if/check-inputs'
import { shotDistanceOfLatLng } from '@/lib/views/what-if/court-location'
import type {
  FeatureSpec,
  ModelEntry,
  ModelSnapshot,
} from '@/lib/site-data/model/model-snapshot-types'
import {
  formShowsRow,
  normaliseShotId,
  shotIdIndex,
  shotRow,
} from '@/lib/views/what-if/shot-lookup'
import { issueMessage } from './feature-text'
import { PredictionCard } from './PredictionCard'
import { ShotLoader } from './ShotLoader'
import { SweepCharts } from './SweepCharts'
import { useWhatIfForm } from './use-what-if-form'
import { WhatIfCourt } from './WhatIfCourt'
import { WhatIfForm } from './WhatIfForm'

const CARD =
  'rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900'

/** A valid typed value of one input, else null. */
function validValue(
  specs: readonly FeatureSpec[],
  raw: Record<string, string>,
  name: string,
): number | null {
  const spec = specs.find((s) => s.name === name)
  return spec && !checkInput(spec, raw[name]) ? parseTypedNumber(raw[name]!) : null
}

/** The what-if page once the model is known: form, prediction, court and curves. */
export function WhatIfContent({
  snapshot,
  entry,
  served,
}: {
  snapshot: ModelSnapshot
  /** the model the page runs: the URL's choice, else the served one */
  entry: ModelEntry
  /** the served model, the one that scored the prod predictions file */
  served: ModelEntry
}) {
  const model = entry.model
  const i18n = useT()
  const { t } = i18n
  // the selected model's inputs, in its order (the course's six keep their court and ranges)
  const specs = useMemo(
    () =>
      entry.inputs.flatMap((name) => snapshot.features.filter((s) => s.name === name).slice(0, 1)),
    [entry, snapshot],
  )
  const { state, query } = useUrlState()
  const threshold = state.threshold
  const ignored = useMemo(() => ignoredWhatIfParams(query, specs), [query, specs])
  const { dev, prod } = useDashboard()
  const form = useWhatIfForm(specs)
  const devData = dev.status === 'ready' ? dev.value.loaded.data : null
  const prodLoaded = prod.status === 'ready' ? prod.value.loaded : null
  const index = useMemo(() => (prodLoaded ? shotIdIndex(prodLoaded) : null), [prodLoaded])

  const raw = form?.raw
  const checked = useMemo(() => (raw ? checkInputs(specs, raw) : null), [specs, raw])
  const scored = useMemo((): { p: number | null; error: string | null } => {
    if (!checked?.values) return { p: null, error: null }
    try {
      return { p: scoreRow(model, specs, checked.values), error: null }
    } catch (error) {
      return { p: null, error: error instanceof Error ? error.message : String(error) }
    }
  }, [model, specs, checked])
  const probability = scored.p
  const firstIssue = checked?.issues[0]
  const reason = firstIssue
    ? issueMessage(
        firstIssue,
        specs.find((s) => s.name === firstIssue.feature)!,
        i18n,
      )
    : scored.error

  const shotId = form?.shotId ?? null
  const row = useMemo(() => {
    const i = shotId && index ? index.get(normaliseShotId(shotId)) : undefined
    return i === undefined || !prodLoaded ? null : shotRow(prodLoaded, i, entry.inputs)
  }, [shotId, index, prodLoaded, entry])

  const location = useMemo(() => {
    if (!raw) return null
    const lat = validValue(specs, raw, 'lat')
    const lng = validValue(specs, raw, 'lng')
    return lat !== null && lng !== null ? { lat, lng } : null
  }, [specs, raw])
  const typedDistance = raw ? validValue(specs, raw, 'shot_distance') : null
  const impliedDistance = location ? shotDistanceOfLatLng(location.lat, location.lng) : null
  const mismatch =
    typedDistance !== null && impliedDistance !== null && impliedDistance !== typedDistance
      ? impliedDistance
      : null

  if (!form || !checked) {
    return (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {t('whatIf.loading')}
      </p>
    )
  }
  return (
    <>
      <IgnoredParamsNotice ignored={ignored} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,11fr)_minmax(0,10fr)]">
        <div className="space-y-6">
          <section aria-labelledby="what-if-shot-source" className={CARD}>
            <h2
              id="what-if-shot-source"
              className="mb-2 font-semibold text-slate-900 dark:text-slate-50"
            >
              {t('whatIf.shot.title')}
            </h2>
            <ShotLoader
              prod={prodLoaded}
              prodError={prod.status === 'error' ? prod.error : null}
              index={index}
              features={entry.inputs}
              shotId={form.shotId}
              fillFromShot={form.fillFromShot}
              onFill={form.fill}
            />
          </section>
          <section aria-labelledby="what-if-form" className={CARD}>
            <h2 id="what-if-form" className="font-semibold text-slate-900 dark:text-slate-50">
              {t('whatIf.form.title')}
            </h2>
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              {t('whatIf.form.help')}
            </p>
            <WhatIfForm
              specs={specs}
              raw={form.raw}
              issues={checked.issues}
              distanceFromLocation={mismatch}
              onChange={form.setField}
              onReset={form.reset}
            />
          </section>
        </div>
        <div className="space-y-6">
          <PredictionCard
            probability={probability}
            reason={reason}
            threshold={threshold}
            extrapolating={checked.values ? outsideTraining(specs, checked.values) : []}
            row={row}
            rowMatchesForm={row !== null && formShowsRow(row, checked.values)}
            entry={entry}
            served={served}
          />
          <WhatIfCourt
            dev={devData}
            prod={prodLoaded?.data ?? null}
            at={location}
            onPick={form.setLocation}
          />
        </div>
      </div>
      <SweepCharts
        model={model}
        specs={specs}
        values={checked.values}
        reason={reason}
        threshold={threshold}
      />
    </>
  )
}

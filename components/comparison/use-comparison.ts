'use client'

import { useCallback, useEffect, useMemo, useState } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { loadSiteFile, useSiteFile } from '@/components/data/use-site-file'
import { useUrlState } from '@/components/shell/url-state-context'
import type { ComparedModel, ComparisonSnapshot } from '@/lib/site-data/comparison/comparison-types'
import { COMPARISON_SITE_FILE, parseComparison } from '@/lib/site-data/comparison/parse-comparison'
import { parseScoresFile } from '@/lib/site-data/comparison/scores-file'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import { comparedSide, type ComparedSide } from '@/lib/views/comparison/compared-performance'
import {
  parseModelsParam,
  patchModelsQuery,
  selectModels,
} from '@/lib/views/comparison/models-param'

type Scores = Record<DatasetName, Float64Array | null>

const LOADING = { status: 'loading' } as const

export interface ComparisonState {
  snapshot: Loadable<ComparisonSnapshot>
  /** models shown (`?models=`, default all) */
  shown: ComparedModel[]
  /** `?models=` keys the build did not compare */
  unknown: string[]
  /** per shown model key: its scores of the shipped rows, per dataset */
  scores: Loadable<Map<string, Scores>>
  /** shows exactly these models (null: all) */
  setShown: (keys: string[] | null) => void
}

/** comparison.json, the URL's `?models=` choice, and the shown models' scores files. */
export function useComparison(): ComparisonState {
  const snapshot = useSiteFile(COMPARISON_SITE_FILE, parseComparison)
  const { query, replace } = useUrlState()
  const keys = useMemo(() => parseModelsParam(query), [query])
  const models = snapshot.status === 'ready' ? snapshot.value.models : null
  const { shown, unknown } = useMemo(() => selectModels(models ?? [], keys), [models, keys])
  const [scores, setScores] = useState<{ key: string; value: Loadable<Map<string, Scores>> }>({
    key: '',
    value: { status: 'loading' },
  })
  const shownKey = shown.map((m) => m.key).join('\u0000')
  useEffect(() => {
    if (models === null) return
    let live = true
    const load = (file: string | undefined) =>
      file ? loadSiteFile(file, parseScoresFile) : Promise.resolve(null)
    Promise.all(
      shown.map(async (m) => {
        const [dev, prod] = await Promise.all([
          load(m.datasets.dev?.scoresFile),
          load(m.datasets.prod?.scoresFile),
        ])
        return [m.key, { dev, prod }] as const
      }),
    ).then(
      (entries) =>
        live && setScores({ key: shownKey, value: { status: 'ready', value: new Map(entries) } }),
      (error: unknown) =>
        live &&
        setScores({
          key: shownKey,
          value: { status: 'error', error: error instanceof Error ? error.message : String(error) },
        }),
    )
    return () => {
      live = false
    }
    // shownKey stands for `shown`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [models, shownKey])
  const setShown = useCallback(
    (next: string[] | null) => {
      const current = window.location.search.replace(/^\?/, '')
      replace(patchModelsQuery(current, next))
    },
    [replace],
  )
  return {
    snapshot,
    shown,
    unknown,
    scores: scores.key === shownKey ? scores.value : LOADING,
    setShown,
  }
}

/**
 * Every shown model on each ready dataset's filtered rows: curves and threshold-free metrics,
 * computed once per (models, filter). A scores file whose length differs from the rows file's
 * is an error sentence (a build mixed with another).
 */
export function useComparedSides(
  shown: ComparedModel[],
  scores: ComparisonState['scores'],
  dev: Loadable<FilteredDataset>,
  prod: Loadable<FilteredDataset>,
): Loadable<ComparedSide[]> {
  return useMemo(() => sidesOf(shown, scores, [prod, dev]), [shown, scores, dev, prod])
}

function sidesOf(
  shown: ComparedModel[],
  scores: ComparisonState['scores'],
  datasets: Loadable<FilteredDataset>[],
): Loadable<ComparedSide[]> {
  if (scores.status !== 'ready') return scores
  const sides: ComparedSide[] = []
  for (const dataset of datasets) {
    if (dataset.status !== 'ready') continue
    const { name, loaded, indices } = dataset.value
    for (const model of shown) {
      const s = scores.value.get(model.key)?.[name]
      if (!s) continue
      if (s.length !== loaded.data.target.length) {
        return {
          status: 'error',
          error: `${model.datasets[name]!.scoresFile} holds ${s.length} scores, rows-${name}.parquet ${loaded.data.target.length} rows: rebuild the site`,
        }
      }
      const side = comparedSide(model, name, loaded.data.target, s, indices)
      if (side) sides.push(side)
    }
  }
  return { status: 'ready', value: sides }
}

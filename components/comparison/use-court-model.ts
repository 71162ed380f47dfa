'use client'

import { useCallback, useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { useSiteFile } from '@/components/data/use-site-file'
import { useUrlState } from '@/components/shell/url-state-context'
import type { ComparedModel } from '@/lib/site-data/comparison/comparison-types'
import { COMPARISON_SITE_FILE, parseComparison } from '@/lib/site-data/comparison/parse-comparison'
import { parseScoresFile } from '@/lib/site-data/comparison/scores-file'
import {
  parseCourtModelParam,
  patchCourtModelQuery,
} from '@/lib/views/comparison/court-model-param'

export interface CourtModel {
  /** compared models with prod scores (the select's options) */
  models: ComparedModel[]
  /** the chosen model; null = the predictions file's own scores */
  chosen: ComparedModel | null
  choose: (key: string | null) => void
  /** prod with P(made) from the chosen model (the file's own when none) */
  prod: Loadable<FilteredDataset>
}

/** `?court_model=`: prod shots coloured by a compared model's prediction of the same rows. */
export function useCourtModel(prod: Loadable<FilteredDataset>): CourtModel {
  const { query, replace } = useUrlState()
  const file = useSiteFile(COMPARISON_SITE_FILE, parseComparison)
  const models = useMemo(
    () => (file.status === 'ready' ? file.value.models.filter((m) => m.datasets.prod) : []),
    [file],
  )
  const key = parseCourtModelParam(query)
  const chosen = models.find((m) => m.key === key) ?? null
  const scores = useSiteFile(chosen?.datasets.prod?.scoresFile ?? null, parseScoresFile)
  const shown = useMemo((): Loadable<FilteredDataset> => {
    if (!chosen || prod.status !== 'ready') return prod
    if (scores.status !== 'ready') return scores
    const { loaded } = prod.value
    if (scores.value.length !== loaded.data.target.length) {
      return {
        status: 'error',
        error: `${chosen.datasets.prod!.scoresFile} holds ${scores.value.length} scores, rows-prod.parquet ${loaded.data.target.length} rows: rebuild the site`,
      }
    }
    const data = { ...loaded.data, probability: scores.value, label: null }
    return { status: 'ready', value: { ...prod.value, loaded: { ...loaded, data } } }
  }, [chosen, prod, scores])
  const choose = useCallback(
    (next: string | null) => {
      const current = window.location.search.replace(/^\?/, '')
      replace(patchCourtModelQuery(current, next))
    },
    [replace],
  )
  return { models, chosen, choose, prod: shown }
}

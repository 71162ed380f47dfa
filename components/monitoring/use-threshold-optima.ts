'use client'

import { useMemo, useState } from 'react'
import { reason } from '@/lib/monitoring/reason'
import {
  DEFAULT_VALUE_MATRIX,
  thresholdOptima,
  type ThresholdOptima,
  type ValueMatrix,
} from '@/lib/monitoring/threshold-optimum'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import type { RankedLabelledRows } from './use-labelled-rows'

type MatrixText = Record<keyof ValueMatrix, string>

const asText = (m: ValueMatrix): MatrixText => ({
  tp: String(m.tp),
  fp: String(m.fp),
  tn: String(m.tn),
  fn: String(m.fn),
})

/**
 * The editable value matrix and the thresholds maximising F1, Youden's J and value on the
 * filtered labelled shots of each dataset, by lib/monitoring's thresholdOptima (the function
 * npm run monitor uses). While a cell is not a number the last valid matrix is kept.
 */
export function useThresholdOptima(rows: Partial<Record<DatasetName, RankedLabelledRows | null>>) {
  const [text, setText] = useState<MatrixText>(asText(DEFAULT_VALUE_MATRIX))
  const parsed = useMemo(() => {
    const entries = Object.entries(text).map(([k, v]) => [k, v.trim() === '' ? NaN : Number(v)])
    return entries.every(([, v]) => Number.isFinite(v))
      ? (Object.fromEntries(entries) as ValueMatrix)
      : null
  }, [text])
  const [matrix, setMatrix] = useState<ValueMatrix>(DEFAULT_VALUE_MATRIX)
  if (parsed && JSON.stringify(parsed) !== JSON.stringify(matrix)) setMatrix(parsed)
  const { dev, prod } = rows
  const optima = useMemo(() => {
    const out: Partial<Record<DatasetName, ThresholdOptima>> = {}
    if (dev)
      out.dev = thresholdOptima(
        dev.y,
        dev.p,
        matrix,
        reason('subject.shownDev'),
        dev.curve ?? undefined,
      )
    if (prod)
      out.prod = thresholdOptima(
        prod.y,
        prod.p,
        matrix,
        reason('subject.shownProd'),
        prod.curve ?? undefined,
      )
    return out
  }, [dev, prod, matrix])
  return {
    optima,
    matrixText: text,
    matrixValid: parsed !== null,
    setCell: (cell: keyof ValueMatrix, value: string) => setText((t) => ({ ...t, [cell]: value })),
  }
}

'use client'

import { useMemo } from 'react'
import { useT } from '@/components/shell/use-t'
import type { DatasetNames } from '@/lib/views/drift/drift-figure'

/** Legend names with the number of shots each dataset contributes: "Dev, 4,057 shots". */
export function useDatasetNames(devCount: number, prodCount: number): DatasetNames {
  const { t } = useT()
  return useMemo(
    () => ({
      dev: t('drift.legend', { dataset: t('dataset.dev'), count: devCount }),
      prod: t('drift.legend', { dataset: t('dataset.prod'), count: prodCount }),
    }),
    [t, devCount, prodCount],
  )
}

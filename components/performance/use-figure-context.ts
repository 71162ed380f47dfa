'use client'

import { useMemo } from 'react'
import { PLOT_PALETTE, datasetColor } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import type { FigureContext } from '@/lib/views/performance/figure-context'

/** Language and theme colours for the performance figures; stable until one of them changes. */
export function useFigureContext(): FigureContext {
  const { t, lang } = useT()
  const theme = useTheme()
  return useMemo(() => {
    const palette = PLOT_PALETTE[theme]
    const c = palette.colorway
    return {
      t,
      lang,
      datasetColors: { dev: datasetColor(theme, 'dev'), prod: datasetColor(theme, 'prod') },
      classColors: { made: c[2], missed: c[3] },
      metricColors: { precision: c[4], recall: c[5], f1: c[2], accuracy: c[7] },
      referenceColor: palette.muted,
      backgroundColor: palette.background,
    }
  }, [t, lang, theme])
}

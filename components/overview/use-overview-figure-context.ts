'use client'

import { useMemo } from 'react'
import { PLOT_PALETTE } from '@/components/plot/plot-theme'
import { useTheme } from '@/components/shell/theme'
import { useT } from '@/components/shell/use-t'
import type { OverviewFigureContext } from '@/lib/views/overview/made-rate-figure'

/** Language and theme colours for the overview's chart; stable until one of them changes. */
export function useOverviewFigureContext(): OverviewFigureContext {
  const { t, lang } = useT()
  const theme = useTheme()
  return useMemo(() => {
    const palette = PLOT_PALETTE[theme]
    return {
      t,
      lang,
      // made shots green as on the court and in the performance view; predictions purple
      colors: { actual: palette.colorway[2], predicted: palette.colorway[4], mean: palette.muted },
    }
  }, [t, lang, theme])
}

'use client'

import { useMemo } from 'react'
import { formatNumber, formatPercent } from '@/lib/i18n/format-number'
import type { Lang } from '@/lib/i18n/lang'
import { createTranslator, type Translate } from '@/lib/i18n/translate'
import { useUrlState } from './url-state-context'

export interface I18n {
  lang: Lang
  t: Translate
  /** number for the current language: 5.412 / 5,412 */
  num: (value: number, options?: Intl.NumberFormatOptions) => string
  /** share as a percentage: 42.3% / 42,3% */
  pct: (share: number, fractionDigits?: number) => string
}

/** Translation and number formatting in the language of the URL (`lang`). */
export function useT(): I18n {
  const lang = useUrlState().state.lang
  return useMemo(
    () => ({
      lang,
      t: createTranslator(lang),
      num: (value, options) => formatNumber(lang, value, options),
      pct: (share, digits) => formatPercent(lang, share, digits),
    }),
    [lang],
  )
}

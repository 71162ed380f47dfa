'use client'

import { useMemo, useSyncExternalStore } from 'react'
import { loadedCatalogue, onCatalogueLoaded } from '@/lib/i18n/catalogues'
import { formatNumber, formatPercent } from '@/lib/i18n/format-number'
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang'
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

/**
 * Translation and number formatting in the language of the URL (`lang`), once its messages are
 * loaded (UrlStateProvider starts that); English, the prerendered language, until then, so
 * words and numbers never mix two languages.
 */
export function useT(): I18n {
  const wanted = useUrlState().state.lang
  const ready = useSyncExternalStore(
    onCatalogueLoaded,
    () => loadedCatalogue(wanted) !== undefined,
    () => wanted === DEFAULT_LANG,
  )
  const lang = ready ? wanted : DEFAULT_LANG
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

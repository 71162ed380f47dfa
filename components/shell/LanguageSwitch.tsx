'use client'

import { useId } from 'react'
import { LANG_NAMES, LANGS, toLang } from '@/lib/i18n/lang'
import { useUrlState } from './url-state-context'
import { useT } from './use-t'

/** English / Português (Brasil); the choice goes into the URL (`lang`). */
export function LanguageSwitch() {
  const { t, lang } = useT()
  const { update } = useUrlState()
  const id = useId()
  return (
    <div className="flex items-center">
      <label htmlFor={id} className="sr-only">
        {t('shell.language')}
      </label>
      <svg
        viewBox="0 0 20 20"
        className="mr-1 hidden h-4 w-4 text-slate-500 sm:block"
        aria-hidden="true"
      >
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M2 10h16M10 2c3 3 3 13 0 16M10 2c-3 3-3 13 0 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      <select
        id={id}
        value={lang}
        onChange={(event) => update({ lang: toLang(event.target.value) ?? 'en' })}
        className="w-40 rounded-md border border-slate-300 bg-white py-1 pr-6 pl-2 text-xs text-slate-800 sm:w-auto sm:text-sm dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
      >
        {LANGS.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANG_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  )
}

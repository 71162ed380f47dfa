'use client'

import { setTheme, useTheme } from './theme'
import { useT } from './use-t'

/** A pressed/unpressed "Dark theme" button; the choice is remembered in localStorage. */
export function ThemeToggle() {
  const { t } = useT()
  const theme = useTheme()
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      aria-pressed={dark}
      title={dark ? t('theme.switchToLight') : t('theme.switchToDark')}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className="inline-flex h-8 w-8 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <span className="sr-only">{t('theme.dark')}</span>
      {dark ? (
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
          <path d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8Z" fill="currentColor" />
        </svg>
      ) : (
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
          <circle cx="10" cy="10" r="3.5" fill="currentColor" />
          <path
            d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6 16 16M4 16l1.4-1.4M14.6 5.4 16 4"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      )}
    </button>
  )
}

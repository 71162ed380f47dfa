'use client'

import Link from 'next/link'
import { OpenProjectControl } from '@/components/project/OpenProjectControl'
import { LanguageSwitch } from './LanguageSwitch'
import { MainNav } from './MainNav'
import { ThemeToggle } from './ThemeToggle'
import { useUrlState } from './url-state-context'
import { useT } from './use-t'

/** Skip link, app name, the six views, "Open a project", language and theme. */
export function Header() {
  const { t } = useT()
  const { href } = useUrlState()
  return (
    <header className="sticky top-0 z-[1100] border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <a
        href="#main"
        className="sr-only rounded-md bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t('shell.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2 sm:px-4 lg:flex-nowrap lg:gap-x-4">
        <Link
          href={href('/')}
          // its href carries the query: prefetching each new href would fetch on every control change
          prefetch={false}
          className="flex min-w-0 items-center gap-2 rounded-md font-semibold tracking-tight text-slate-900 lg:shrink-0 dark:text-slate-50"
        >
          <BallIcon />
          {/* the full name where it fits beside the six links in both languages */}
          <span className="hidden truncate sm:inline lg:hidden 2xl:inline">{t('app.name')}</span>
          <span className="truncate sm:hidden lg:inline 2xl:hidden">{t('app.shortName')}</span>
        </Link>
        <div className="ml-auto flex shrink-0 items-center gap-2 lg:order-last">
          <OpenProjectControl />
          <LanguageSwitch />
          <ThemeToggle />
        </div>
        <MainNav />
      </div>
    </header>
  )
}

function BallIcon() {
  return (
    <svg viewBox="0 0 24 24" className="h-6 w-6 text-orange-500" aria-hidden="true">
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      <path
        d="M2 12h20M12 2v20M5 5c3 3 3 11 0 14M19 5c-3 3-3 11 0 14"
        stroke="#1f2937"
        strokeWidth="1.3"
        fill="none"
      />
    </svg>
  )
}

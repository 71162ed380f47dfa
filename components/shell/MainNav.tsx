'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useUrlState } from './url-state-context'
import { useT } from './use-t'
import { samePath, VIEWS } from './views'

/** Links to the six views; each keeps the query string, the current one has aria-current. */
export function MainNav() {
  const { t } = useT()
  const { href } = useUrlState()
  const pathname = usePathname()
  return (
    <nav
      aria-label={t('nav.label')}
      className="order-last w-full lg:order-none lg:w-auto lg:flex-1"
    >
      <ul className="-mx-1 flex flex-wrap gap-1">
        {VIEWS.map((view) => {
          const current = samePath(pathname, view.path)
          return (
            <li key={view.id} className="shrink-0">
              <Link
                href={href(view.path)}
                // the href changes with every control (it carries the query): prefetching each
                // new href would fetch six pages per slider step
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                className={
                  'block rounded-md px-2.5 py-1 text-sm font-medium whitespace-nowrap transition-colors sm:py-1.5 xl:px-3 ' +
                  (current
                    ? 'bg-blue-600 text-white dark:bg-blue-500 dark:text-slate-950'
                    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white')
                }
              >
                {t(view.nav)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

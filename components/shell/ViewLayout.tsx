'use client'

import { useId, useState, type ReactNode } from 'react'
import { useT } from './use-t'
import { viewById, type ViewId } from './views'

export interface ViewLayoutProps {
  /** one of the six views (its title and question come from the catalogue), or a page's own */
  view: ViewId | { title: string; description: string }
  /** the view's controls, shown in the Streamlit-like sidebar (none: no sidebar) */
  sidebar?: ReactNode
  children: ReactNode
}

/**
 * A view's page: sidebar with its controls (always open on wide screens, collapsible;
 * closed behind a button on phones) and the main column with the title and the question the
 * view answers. The main element is the skip link's target.
 */
export function ViewLayout({ view, sidebar, children }: ViewLayoutProps) {
  const { t } = useT()
  const heading =
    typeof view === 'string'
      ? { title: t(viewById(view).title), description: t(viewById(view).description) }
      : view
  const sidebarId = useId()
  const [mobileOpen, setMobileOpen] = useState(false)
  const [desktopOpen, setDesktopOpen] = useState(true)
  const hasSidebar = sidebar !== undefined && sidebar !== null

  return (
    <div
      className={
        'mx-auto w-full max-w-screen-2xl flex-1 px-4 py-4 lg:grid lg:gap-6 lg:py-6 ' +
        (hasSidebar && desktopOpen ? 'lg:grid-cols-[17rem_minmax(0,1fr)]' : 'lg:grid-cols-1')
      }
    >
      {hasSidebar && (
        <>
          <div className="mb-3 flex gap-2 lg:hidden">
            <SidebarButton
              controls={sidebarId}
              open={mobileOpen}
              onClick={() => setMobileOpen(!mobileOpen)}
              label={mobileOpen ? t('sidebar.hide') : t('sidebar.show')}
            />
          </div>
          {!desktopOpen && (
            <div className="mb-3 hidden lg:block">
              <SidebarButton
                controls={sidebarId}
                open={false}
                onClick={() => setDesktopOpen(true)}
                label={t('sidebar.show')}
              />
            </div>
          )}
          <aside
            id={sidebarId}
            aria-label={t('sidebar.title')}
            className={
              (mobileOpen ? 'mb-4 block ' : 'hidden ') +
              (desktopOpen ? 'lg:block ' : 'lg:hidden ') +
              'self-start rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-20 lg:mb-0 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto dark:border-slate-800 dark:bg-slate-900'
            }
          >
            <div className="mb-3 flex items-center justify-between">
              <h2 className="text-xs font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">
                {t('sidebar.title')}
              </h2>
              <button
                type="button"
                aria-controls={sidebarId}
                aria-expanded={true}
                onClick={() => setDesktopOpen(false)}
                className="hidden rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800 lg:inline-flex dark:hover:bg-slate-800 dark:hover:text-slate-100"
              >
                <span className="sr-only">{t('sidebar.hide')}</span>
                <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
                  <path
                    d="M12.5 4.5 7 10l5.5 5.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.8"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              </button>
            </div>
            <div className="space-y-5">{sidebar}</div>
          </aside>
        </>
      )}
      <main id="main" tabIndex={-1} className="min-w-0 outline-none">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
          {heading.title}
        </h1>
        <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-400">{heading.description}</p>
        <div className="mt-5 space-y-6">{children}</div>
      </main>
    </div>
  )
}

function SidebarButton(props: {
  controls: string
  open: boolean
  onClick: () => void
  label: string
}) {
  return (
    <button
      type="button"
      aria-controls={props.controls}
      aria-expanded={props.open}
      onClick={props.onClick}
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
        <path
          d="M3 5h14M3 10h14M3 15h14"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        />
        <circle cx="7" cy="5" r="1.8" fill="currentColor" />
        <circle cx="13" cy="10" r="1.8" fill="currentColor" />
        <circle cx="9" cy="15" r="1.8" fill="currentColor" />
      </svg>
      {props.label}
    </button>
  )
}

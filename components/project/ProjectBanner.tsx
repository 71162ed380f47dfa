'use client'

import { useEffect, useSyncExternalStore } from 'react'
import { parseSnapshot, SNAPSHOT_FILE } from '@/lib/site-data/predictions/parse-snapshot'
import { useOpenedProject, useSiteFile } from '@/components/data/use-site-file'
import { currentQuery } from '@/components/shell/replace-query'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import {
  closeProject,
  finishRestore,
  monitoringState,
  restoringProject,
  subscribeProject,
  type MonitoringState,
} from './opened-project'
import { OpenProjectControl } from './OpenProjectControl'
import { storedProject } from './project-storage'

/** `source=local` in the URL: a link to it never pretends to show someone else's files. */
export const SOURCE_PARAM = 'source'
export const LOCAL_SOURCE = 'local'

function withSource(query: string, local: boolean): string {
  const params = new URLSearchParams(query)
  if (local) params.set(SOURCE_PARAM, LOCAL_SOURCE)
  else params.delete(SOURCE_PARAM)
  return params.toString()
}

const READY: MonitoringState = { status: 'ready' }

const BOX =
  'mx-auto mt-3 flex max-w-screen-2xl flex-wrap items-center gap-3 rounded-lg border px-4 py-3 text-sm'

/**
 * Under the header of every view: which data is shown. With a project opened in the page, says
 * so (and that nothing was uploaded) with a button back to the built data, and keeps
 * `source=local` in the URL; a `source=local` link without the project open says so instead of
 * showing the built data as if it were the link's; a site built without data invites to open one.
 */
export function ProjectBanner() {
  const { t } = useT()
  const { query, ready, replace } = useUrlState()
  const project = useOpenedProject()
  const wantsLocal = new URLSearchParams(query).get(SOURCE_PARAM) === LOCAL_SOURCE
  const restoring = useSyncExternalStore(subscribeProject, restoringProject, () => false)
  const monitoring = useSyncExternalStore(subscribeProject, monitoringState, () => READY)

  // a reload in the same session: the project kept in IndexedDB is shown again
  useEffect(() => {
    if (!ready || !restoringProject()) return
    void storedProject().then((kept) => finishRestore(kept?.project ?? null, kept?.monitoring))
  }, [ready])

  // the URL follows the project: source=local while one is open
  useEffect(() => {
    if (!ready || restoring) return
    if (project && !wantsLocal) replace(withSource(currentQuery(), true))
  }, [project, wantsLocal, ready, restoring, replace])

  const built = useSiteFile(project || wantsLocal ? null : SNAPSHOT_FILE, parseSnapshot)
  const builtEmpty =
    built.status === 'error' ||
    (built.status === 'ready' && !built.value.datasets.dev && !built.value.datasets.prod)

  const back = () => {
    closeProject()
    replace(withSource(currentQuery(), false))
  }

  if (project) {
    return (
      <div
        role="status"
        data-testid="local-project-banner"
        className={`${BOX} border-blue-300 bg-blue-50 text-blue-950 dark:border-blue-700/60 dark:bg-blue-950/40 dark:text-blue-100`}
      >
        <div className="min-w-0 flex-1">
          <p className="font-medium">
            {t('project.banner', {
              name: project.name,
              seconds: (project.millis / 1000).toFixed(1),
            })}
          </p>
          <p className="text-blue-900/80 dark:text-blue-100/80">{project.summary.join(' · ')}</p>
          {monitoring.status === 'computing' && (
            // no animation (an indeterminate <progress> repaints every frame): the main thread
            // and the worker computing the report share the machine's cores
            <p data-testid="monitoring-progress" className="mt-1">
              {t('project.monitoring.banner')}
            </p>
          )}
          {monitoring.status === 'ready' && monitoring.millis !== undefined && (
            <p data-testid="monitoring-progress" className="mt-1">
              {t('project.monitoring.bannerDone', {
                seconds: (monitoring.millis / 1000).toFixed(1),
              })}
            </p>
          )}
        </div>
        <OpenProjectControl />
        <button
          type="button"
          onClick={back}
          className="rounded-md bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800"
        >
          {t('project.backToBuilt')}
        </button>
      </div>
    )
  }
  if (wantsLocal && ready && !restoring) {
    return (
      <div
        role="alert"
        className={`${BOX} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100`}
      >
        <p className="min-w-0 flex-1">{t('project.missing')}</p>
        <OpenProjectControl />
        <button
          type="button"
          onClick={back}
          className="rounded-md border border-amber-400 px-3 py-1 font-medium"
        >
          {t('project.backToBuilt')}
        </button>
      </div>
    )
  }
  if (builtEmpty) {
    return (
      <div
        role="status"
        className={`${BOX} border-slate-300 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
      >
        <p className="min-w-0 flex-1">{t('project.empty')}</p>
        <OpenProjectControl />
      </div>
    )
  }
  return null
}

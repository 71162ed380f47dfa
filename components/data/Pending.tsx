'use client'

import { use, useSyncExternalStore } from 'react'
import { restoringProject, subscribeProject } from '@/components/project/opened-project'
import { useUrlState } from '@/components/shell/url-state-context'
import { PrerenderedViewContext } from './prerendered-view'
import { useOpenedProject } from './use-site-file'

/**
 * What a view shows while its site files load: the page's prerendered default view (numbers
 * computed at build time, in the static HTML) when the URL asks for the default view of the
 * site's own data; otherwise, as for any other state (filters, another threshold or language,
 * an opened project), the loading sentence, and the view renders in the browser.
 */
export function Pending({ loading }: { loading: string }) {
  const prerendered = use(PrerenderedViewContext)
  const { query } = useUrlState()
  const project = useOpenedProject()
  const restoring = useSyncExternalStore(subscribeProject, restoringProject, () => false)
  if (prerendered !== null && query === '' && project === null && !restoring) {
    return <div data-testid="prerendered">{prerendered}</div>
  }
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {loading}
    </p>
  )
}

'use client'

import { useT } from '@/components/shell/use-t'

/** The landing state of a prerendered view: the build wrote no site files for it. */
export function NoBuildData() {
  const { t } = useT()
  return (
    <p role="status" data-testid="no-build-data" className="text-sm text-slate-600 dark:text-slate-400">
      {t('empty.noBuildData')}
    </p>
  )
}

'use client'

import { useT } from '@/components/shell/use-t'
import type { DriftPrerender } from '@/lib/views/prerender/prerender-view'
import { DriftSection } from './DriftSection'
import { DriftTableView } from './DriftTableView'
import { DriftVerdict } from './DriftVerdict'

/** The build's drift verdict and table (every row, default method), as computed at build time. */
export function DriftPrerendered({ table, rows }: DriftPrerender) {
  const { t, num } = useT()
  return (
    <div className="space-y-6">
      <DriftVerdict
        table={table}
        scope={t('drift.scope.all', { dev: num(rows.dev), prod: num(rows.prod) })}
      />
      <DriftSection title={t('drift.table.title')} intro={t('drift.table.caption')}>
        <DriftTableView rows={table.rows} />
      </DriftSection>
    </div>
  )
}

'use client'

import { useT } from '@/components/shell/use-t'
import { CountsCard } from './CountsCard'
import { TitledSection } from '@/components/shell/TitledSection'
import type { OverviewSide } from './use-overview-side'

/** How many shots each dataset has, with and without a known outcome, after the filters. */
export function RowCounts({ dev, prod }: { dev: OverviewSide; prod: OverviewSide }) {
  const { t } = useT()
  return (
    <TitledSection title={t('overview.counts.title')} testId="row-counts">
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-1 2xl:grid-cols-2">
        <CountsCard name="dev" side={dev} />
        <CountsCard name="prod" side={prod} />
      </div>
    </TitledSection>
  )
}

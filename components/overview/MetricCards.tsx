'use client'

import { useT } from '@/components/shell/use-t'
import type { MetricCard } from '@/lib/views/overview/metric-cards'
import { formatThreshold } from '@/lib/views/overview/overview-format'
import { MetricCardView } from './MetricCardView'
import { TitledSection } from '@/components/shell/TitledSection'

/** The seven pipeline metrics, dev vs prod: the threshold-dependent four, then the other three. */
export function MetricCards({
  cards,
  threshold,
  labelled,
}: {
  cards: readonly MetricCard[]
  threshold: number
  /** labelled shots behind the cards, per dataset */
  labelled: { dev: number; prod: number }
}) {
  const { t, lang, num } = useT()
  const groups = [
    {
      id: 'threshold',
      title: t('overview.metrics.atThreshold', { threshold: formatThreshold(lang, threshold) }),
      cards: cards.filter((c) => c.thresholdDependent),
      grid: 'grid-cols-2 xl:grid-cols-4',
    },
    {
      id: 'free',
      title: t('overview.metrics.thresholdFree'),
      cards: cards.filter((c) => !c.thresholdDependent),
      grid: 'grid-cols-2 sm:grid-cols-3',
    },
  ]
  return (
    <TitledSection
      title={t('overview.metrics.title')}
      description={t('overview.metrics.note', {
        dev: num(labelled.dev),
        prod: num(labelled.prod),
      })}
      testId="metric-cards"
    >
      {groups.map((group) => (
        <div key={group.id} className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">
            {group.title}
          </h3>
          <div className={`grid gap-3 ${group.grid}`}>
            {group.cards.map((card) => (
              <MetricCardView key={card.key} card={card} />
            ))}
          </div>
        </div>
      ))}
    </TitledSection>
  )
}

import type { Loadable } from '@/components/data/loadable'
import type { Translate } from '@/lib/i18n/translate'
import { unavailableSentence } from '@/lib/views/performance/unavailable-sentence'
import type { DatasetPerformance } from './use-performance'

/** The sentence a chart shows when no dataset has anything to draw: each dataset's reason. */
export function emptyMessage(
  datasets: readonly Loadable<DatasetPerformance>[],
  t: Translate,
): string {
  const reasons = datasets.flatMap((d) => {
    if (d.status === 'error') return [d.error]
    if (d.status !== 'ready') return []
    const sentence = unavailableSentence(d.value.input, t)
    return sentence ? [sentence] : []
  })
  return reasons.length > 0 ? reasons.join(' ') : t('empty.noData')
}

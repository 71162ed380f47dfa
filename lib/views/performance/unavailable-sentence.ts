import type { Translate } from '../../i18n/translate'
import { missingProbabilityText } from '../missing-probability-text'
import type { PerformanceInput } from './performance-sample'

/**
 * Why a dataset has no performance numbers, in the page's language ("Prod: no target column:
 * performance metrics unavailable."); null when it has them.
 */
export function unavailableSentence(input: PerformanceInput, t: Translate): string | null {
  const dataset = t(input.name === 'dev' ? 'dataset.dev' : 'dataset.prod')
  switch (input.kind) {
    case 'noTarget':
      return t('performance.unavailable.noTarget', { dataset })
    case 'noProbability':
      return `${missingProbabilityText(input.name, t)}.`
    case 'noLabels':
      return t('performance.unavailable.noLabels', { dataset })
    case 'ready':
      return null
  }
}

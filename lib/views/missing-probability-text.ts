import type { Translate } from '../i18n/translate'
import type { DatasetName } from '../site-data/predictions/snapshot-types'

/**
 * What is missing when a dataset's predictions file has no probability column, the one statement
 * every view makes ("Prod: the predictions file has no probability column, so ROC, …"), as a
 * clause without its full stop: the overview joins it into its verdict, the performance view
 * ends it as a sentence.
 */
export function missingProbabilityText(dataset: DatasetName, t: Translate): string {
  return t('unavailable.noProbabilityColumn', {
    dataset: t(dataset === 'dev' ? 'dataset.dev' : 'dataset.prod'),
  })
}

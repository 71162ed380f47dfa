import type { Chunking } from '../../monitoring/chunk-rows'
import type { ChoiceParam } from './choice-param'

/** The timeline's `chunks` URL parameter: season (default), month, or row order (no dates). */
export const CHUNKING_PARAM: ChoiceParam<Chunking> = {
  name: 'chunks',
  choices: ['season', 'month', 'rows'],
  fallback: 'season',
}

/** The slices table's `slice_metric` URL parameter: the metric the slices are ranked by. */
export const SLICE_METRIC_PARAM: ChoiceParam<string> = {
  name: 'slice_metric',
  choices: ['f1_score', 'log_loss', 'roc_auc', 'accuracy', 'precision', 'recall', 'brier_score'],
  fallback: 'log_loss',
}

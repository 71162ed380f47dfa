/** Messages of the model comparison (performance view section, build report step). */
export const comparisonMessagesEn = {
  'overview.sources.step.comparison': 'model comparison',
  'comparison.title': 'Compared models',
  'comparison.loading': 'Loading the compared models…',
  'comparison.none':
    'No models to compare: set MONITOR_COMPARE to comma-separated model references (run ids, models:/name/version, models:/name@alias or model files) and rebuild.',
  'comparison.one':
    'Only one model could be compared; add another to MONITOR_COMPARE (run ids, models:/name/version, models:/name@alias or model files) and rebuild.',
  'comparison.chosenBy.env': 'Models from MONITOR_COMPARE.',
  'comparison.chosenBy.candidates':
    "Our pipeline's two candidate models (the Treinamento runs); set MONITOR_COMPARE to compare others.",
  'comparison.chosenBy.registry':
    'The two newest registered versions; set MONITOR_COMPARE to compare others.',
  'comparison.chosenBy.none': 'No model was found to compare.',
  'comparison.pick': 'Models shown',
  'comparison.skipped': 'Not compared: {reference}: {reason}',
  'comparison.clipped': '{model} is a regressor: its output is clipped to [0, 1] as a score.',
  'comparison.roc.title': 'ROC curve per model',
  'comparison.roc.description':
    'Each model re-scored on the same filtered rows: solid prod, dashed dev; AUC in the legend.',
  'comparison.pr.title': 'Precision–recall per model',
  'comparison.pr.description':
    'Each model re-scored on the same filtered rows: solid prod, dashed dev; average precision in the legend.',
  'comparison.legend': '{model} · {dataset} ({value})',
  'comparison.confusion.title': 'Confusion at threshold {threshold}',
  'comparison.table.title': 'Metrics per model and dataset (filtered rows)',
  'comparison.table.metric': 'Metric',
  'comparison.table.column': '{model} · {dataset}',
  'comparison.sentences': 'Which model is better',
  'comparison.sentence.split':
    '{metric}: {prodModel} is better on prod ({prodBest} vs {prodOther}) and {devModel} on dev ({devBest} vs {devOther}).',
  'comparison.sentence.both':
    '{metric}: {model} is better on prod ({prodBest} vs {prodOther}) and on dev ({devBest} vs {devOther}).',
  'comparison.sentence.clauses': '{metric}: {clauses}.',
  'comparison.clause.better': '{model} is better on {dataset} ({best} vs {other})',
  'comparison.clause.tie': 'the models are equal on {dataset} ({best})',
  'comparison.clause.and': ' and ',
  'comparison.sentence.missing': '{metric}: not available on these rows.',
  'comparison.metric.roc_auc': 'ROC AUC',
  'comparison.metric.average_precision': 'Average precision',
  'comparison.metric.log_loss': 'Log loss',
  'comparison.metric.brier_score': 'Brier score',
  'comparison.metric.accuracy': 'Accuracy at {threshold}',
  'comparison.metric.precision': 'Precision at {threshold}',
  'comparison.metric.recall': 'Recall at {threshold}',
  'comparison.metric.f1_score': 'F1 at {threshold}',
  'comparison.estimator': '{model}: {estimator}',
  'comparison.cell.tn': 'TN',
  'comparison.cell.fp': 'FP',
  'comparison.cell.fn': 'FN',
  'comparison.cell.tp': 'TP',
  'comparison.card.title': 'Compared models',
  'comparison.card.description':
    'Every dev and prod row re-scored by each model (exact, threshold 0.50).',
  'comparison.card.link': 'Compare on the performance page',
  'comparison.card.model': 'Model',
  'comparison.court.label': 'Colour prod shots by',
  'comparison.court.served': 'the predictions file',
  'comparison.court.note':
    "Prod P(made) here is {model}'s, re-scored by the build on the same rows ({estimator}).",
  'comparison.error': 'The comparison could not be shown: {error}',
} as const

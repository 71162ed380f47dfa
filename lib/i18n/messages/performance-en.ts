/** Messages of the Performance view (/performance/). */
export const performanceMessagesEn = {
  'performance.loading': 'Loading predictions…',

  'performance.section.ranking': 'Ranking: do higher scores go with made shots?',
  'performance.section.atThreshold': 'At the chosen threshold',
  'performance.section.acrossThresholds': 'Across thresholds',
  'performance.section.scores': 'Scores and calibration',

  'performance.headline.threshold':
    'At threshold {threshold}, the model calls {prodPredicted} of {prodTotal} labelled prod shots made ({prodShare}), against {devPredicted} of {devTotal} in dev ({devShare}). F1 is {prodF1} in prod and {devF1} in dev.',
  'performance.headline.ranking':
    'Ranking, whatever the threshold: ROC AUC {devAuc} in dev and {prodAuc} in prod (0.5 is a coin toss).',

  'performance.roc.title': 'ROC curve, dev vs prod',
  'performance.roc.description':
    'Share of made shots called made (true positive rate) against share of missed shots called made (false positive rate), at every threshold; the dots are the current threshold ({threshold}).',
  'performance.roc.chance': 'Chance',
  'performance.pr.title': 'Precision–recall curve, dev vs prod',
  'performance.pr.description':
    'Dashed lines: each dataset’s share of made shots, the precision of guessing. Dots: threshold {threshold}.',

  'performance.legend.auc': '{dataset} (AUC {value})',
  'performance.legend.ap': '{dataset} (AP {value})',
  'performance.legend.baseRate': '{dataset} base rate {value}',
  'performance.legend.baseRateLine': '{dataset} base rate',
  'performance.legend.brier': '{dataset} (Brier {value})',
  'performance.legend.devSolid': 'Dev (solid)',
  'performance.legend.prodDashed': 'Prod (dashed)',

  'performance.hover.fpr': 'False positive rate',
  'performance.hover.tpr': 'True positive rate',
  'performance.hover.threshold': 'Threshold',
  'performance.hover.aboveMax': 'above every score',

  'performance.axis.fpr': 'False positive rate',
  'performance.axis.tpr': 'True positive rate (recall)',
  'performance.axis.predicted': 'Predicted',
  'performance.axis.actual': 'Actual',
  'performance.axis.threshold': 'Decision threshold on P(made)',
  'performance.axis.metric': 'Metric value',
  'performance.axis.probability': 'Predicted probability of a made shot',
  'performance.axis.classShare': 'Share of the class (%)',
  'performance.axis.meanPredicted': 'Mean predicted P(made) in the bin',
  'performance.axis.fractionMade': 'Share of the bin’s shots made',
  'performance.thresholdLabel': 'threshold {threshold}',

  'performance.confusion.title': 'Confusion matrix, {dataset} (threshold {threshold})',
  'performance.confusion.mode': 'Confusion matrix cells show',
  'performance.confusion.counts': 'Counts',
  'performance.confusion.normalised': 'Share of the true class',
  'performance.confusion.total': '{count} labelled shots',
  'performance.confusion.excluded': '({count} labelled shots without a probability are left out)',

  'performance.metric.specificity': 'Specificity',
  'performance.table.caption': 'Metrics at threshold {threshold}',
  'performance.table.metric': 'Metric',
  'performance.table.delta': 'Prod − dev',

  'performance.byThreshold.title': 'Precision, recall, F1 and accuracy by threshold',
  'performance.byThreshold.description':
    'Dev solid, prod dashed; the dotted vertical line is the current threshold.',

  'performance.distribution.title': 'Predicted probability by true class',
  'performance.distribution.description':
    'Share of made and of missed shots in each bin of P(made): the dotted line is where the threshold cuts.',
  'performance.distribution.panel': '{dataset}: {count} labelled shots',
  'performance.distribution.hover':
    '{cls}: %{y:.1f}% of the class (%{customdata[0]} shots)<br>P(made) %{customdata[1]}',

  'performance.reliability.title': 'Reliability diagram (10 bins)',
  'performance.reliability.description':
    'Share of shots made against the mean predicted probability; on the dotted diagonal the probabilities are calibrated. Bigger dots hold more shots.',
  'performance.reliability.perfect': 'Perfectly calibrated',
  'performance.reliability.hover':
    'P(made) %{customdata[1]}: %{customdata[0]} shots<br>mean predicted %{x:.3f}<br>share made %{y:.3f}',

  'performance.note.title': 'Data notes',
  'performance.note.error': '{dataset}: {message}',
  'performance.note.excluded':
    '{dataset}: {count} labelled shots have no valid probability and are left out of every metric.',
  'performance.note.oneClass':
    '{dataset}: only one outcome in this selection, so ROC AUC and part of the curves are undefined.',
  'performance.note.loader': 'File report: {detail}',
  'performance.unavailable.noTarget':
    '{dataset}: no target column: performance metrics unavailable.',
  'performance.unavailable.noLabels':
    '{dataset}: no shot with a known outcome matches the filters, so these metrics cannot be computed.',
} as const

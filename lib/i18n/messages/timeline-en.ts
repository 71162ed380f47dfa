/** Messages of the Timeline view (`/timeline/`) and the monitoring panels of the other views. */
export const timelineMessagesEn = {
  'timeline.loading': 'Loading the monitoring report…',
  'timeline.noReport': 'This build has no monitoring report: {problem}',
  'timeline.chunking.label': 'Chunks',
  'timeline.chunking.season': 'By season',
  'timeline.chunking.month': 'By month',
  'timeline.chunking.rows': 'By row order',
  'timeline.chunking.invalid':
    'The URL asks for chunks "{value}", which do not exist: showing seasons.',
  'timeline.basis':
    'Computed at build time over every prod shot at threshold {threshold}, as npm run monitor does: the threshold and filters of the other views do not apply here.',
  'timeline.summary':
    '{alerting} of {total} chunks alert on {metric} (below {limit}); {drifting} of {total} show dataset drift.',
  'timeline.noChunks': 'No chunks of this kind: {note}',
  'timeline.rows': 'Shots',
  'timeline.labelledShare': 'Labelled share',
  'timeline.realised': 'Realised (labelled shots)',
  'timeline.estimated': 'Estimated without labels (95% interval)',
  'timeline.alerting': 'Beyond the alert limit',
  'timeline.limit': 'alert limit {limit}',
  'timeline.driftShare': 'Share of drifted features',
  'timeline.driftRule': 'dataset drift at {share}',
  'timeline.statisticOverThreshold': 'statistic ÷ threshold',
  'timeline.tooSmall': 'too few shots',
  'timeline.chart.rows': 'Shots and labelled share per chunk',
  'timeline.chart.rowsDescription':
    'Bars: prod shots in the chunk; line: the share with a known outcome.',
  'timeline.chart.metric': '{metric} per chunk',
  'timeline.chart.metricDescription':
    'Solid: realised on the labelled shots; dashed: the label-free estimate with its 95% interval; red crosses: chunks beyond the alert limit.',
  'timeline.chart.drift': 'Dataset drift per chunk',
  'timeline.chart.driftDescription':
    'Share of features whose drift test fires against the whole dev reference; red bars: dataset drift.',
  'timeline.chart.features': 'Drift per feature and chunk',
  'timeline.chart.featuresDescription':
    'Each cell: the drift statistic (● = drifted); colour: statistic ÷ threshold, red above 1.',
  'timeline.chart.empty': 'No chunk has this figure: every chunk is too small (see the table).',
  'timeline.table.title': 'Chunks, one row each',
  'timeline.table.chunk': 'Chunk',
  'timeline.table.rows': 'Shots',
  'timeline.table.labelled': 'Labelled',
  'timeline.table.realised': 'Realised {metric}',
  'timeline.table.estimated': 'Estimated {metric}',
  'timeline.table.drift': 'Drifted features',
  'timeline.table.alerts': 'Alerts',
  'timeline.alert.realised': '{metric} beyond the limit',
  'timeline.alert.estimated': 'estimate beyond the limit',
  'timeline.alert.drift': 'dataset drift',
  'timeline.alert.none': 'none',
  'timeline.untrusted': 'not to be trusted here',

  'monitoring.signals.title': 'Retrain signals',
  'monitoring.signals.description':
    'Reactive: the watched metric degrades by more than {share}. Predictive: the inputs drift.',
  'monitoring.signals.reactive': 'Reactive',
  'monitoring.signals.predictive': 'Predictive',
  'monitoring.signals.fired': 'Fired',
  'monitoring.signals.quiet': 'Not fired',
  'monitoring.signals.when': 'at {when}',
  'monitoring.signals.evidence': 'Evidence',
  'monitoring.signals.retrain': 'Retrain: {count} of {total} signals fired.',
  'monitoring.signals.healthy': 'No retrain signal fired.',

  'monitoring.drift.title': 'Drift and the retrain decision',
  'monitoring.drift.description':
    'From the monitoring report over every dev and prod shot (as npm run monitor; the sidebar filters do not apply): the predictive retrain signals, the share of drifted features against the {rule} rule, and the features that matter most to the model.',
  'monitoring.drift.share': '{drifted} of {columns} features drifted ({share})',
  'monitoring.drift.rule': 'dataset drift at {rule} or more',
  'monitoring.drift.datasetYes': 'Dataset drift',
  'monitoring.drift.datasetNo': 'No dataset drift',
  'monitoring.drift.meter': 'Share of drifted features',
  'monitoring.drift.important': 'Features that matter most to the model',
  'monitoring.drift.importance': 'Importance',
  'monitoring.drift.feature': 'Feature',
  'monitoring.drift.test': 'Test',
  'monitoring.drift.statistic': 'Statistic (threshold)',
  'monitoring.drift.drifted': 'Drifted',
  'monitoring.drift.yes': 'yes',
  'monitoring.drift.no': 'no',
  'monitoring.drift.timeline': 'Dataset drift per chunk on the timeline',
  'monitoring.drift.noReport': 'No monitoring report in this build: {problem}',

  'monitoring.estimate.title': 'Label-free estimate beside the realised metrics',
  'monitoring.estimate.description':
    'Every prod shot at threshold {threshold}: realised on the {labelled} labelled shots; estimated (CBPE) on all {rows} scored shots as if no label were known.',
  'monitoring.estimate.metric': 'Metric',
  'monitoring.estimate.dev': 'Dev',
  'monitoring.estimate.realised': 'Prod, realised',
  'monitoring.estimate.estimated': 'Prod, estimated',
  'monitoring.estimate.interval': '95% interval',
  'monitoring.estimate.untrusted': 'Not to be trusted here, because:',
  'monitoring.estimate.trusted':
    'The validity checks pass: the estimate can stand in where labels are missing.',
  'monitoring.estimate.support':
    '{share} of prod shots lie outside the {feature} values seen in dev',
  'monitoring.estimate.calibrationShift':
    'the calibration error of the calibrated scores rises by {shift} from dev to labelled prod (limit +0.05)',
  'monitoring.estimate.why':
    'The estimate learns P(made | score) on dev, so it says nothing about shots unlike any dev shot.',
  'monitoring.estimate.unavailable': 'No label-free estimate: {reason}',

  'monitoring.slices.title': 'Where the model fails worst',
  'monitoring.slices.description':
    'Prod slices ranked by distance from the overall {metric} ({overall}), with a seeded bootstrap 95% interval.',
  'monitoring.slices.metric': 'Rank by',
  'monitoring.slices.column': 'Column',
  'monitoring.slices.value': 'Value',
  'monitoring.slices.rows': 'Shots (labelled)',
  'monitoring.slices.ci': '95% interval',
  'monitoring.slices.direction': 'Compared with overall',
  'monitoring.slices.worse': 'worse',
  'monitoring.slices.better': 'better',
  'monitoring.slices.same': 'same',
  'monitoring.slices.more': 'Slices without a value ({count})',
  'monitoring.slices.none': 'No slice could be ranked.',

  'monitoring.calibration.title': 'Calibration error',
  'monitoring.calibration.description':
    '10 equal-width bins, as scikit-learn calibration_curve: ECE is the share-weighted gap, MCE the largest gap.',
  'monitoring.calibration.ece': 'ECE',
  'monitoring.calibration.mce': 'MCE',
  'monitoring.calibration.brier': 'Brier score',

  'monitoring.thresholds.title': 'Recommended thresholds',
  'monitoring.thresholds.description':
    'The thresholds that maximise F1, Youden’s J and the value of the matrix below, exact over every distinct score; dotted lines on the chart above.',
  'monitoring.thresholds.criterion': 'Maximises',
  'monitoring.thresholds.f1': 'F1',
  'monitoring.thresholds.youden': 'Youden’s J',
  'monitoring.thresholds.value': 'Value',
  'monitoring.thresholds.use': 'Use {threshold}',
  'monitoring.thresholds.useLabel':
    'Use {threshold} as the dashboard threshold ({criterion}, {dataset})',
  'monitoring.thresholds.unavailable': '–',
  'monitoring.thresholds.mark': '{criterion} {dataset}',

  'monitoring.cost.title': 'Cost/benefit matrix',
  'monitoring.cost.description':
    'The value of one shot in each cell (a made shot called made, …); the best threshold is recomputed on the shipped shots of the current selection.',
  'monitoring.cost.tp': 'Made, called made (TP)',
  'monitoring.cost.fp': 'Missed, called made (FP)',
  'monitoring.cost.fn': 'Made, called missed (FN)',
  'monitoring.cost.tn': 'Missed, called missed (TN)',
  'monitoring.cost.invalid': 'Each cell needs a number.',
  'monitoring.cost.best':
    '{dataset}: best threshold {threshold}, total value {value} ({perRow} per shot)',
  'monitoring.cost.noRows': '{dataset}: {reason}',
} as const

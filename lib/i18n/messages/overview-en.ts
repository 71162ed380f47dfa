/** Messages of the Overview view (/). */
export const overviewMessagesEn = {
  'overview.loading': 'Loading predictions…',
  'overview.datasetError': '{dataset}: {message}',

  'overview.verdict.title': 'Health verdict',
  'overview.severity.ok': 'Healthy',
  'overview.severity.warning': 'Needs attention',
  'overview.severity.critical': 'Critical',
  'overview.verdict.f1Fell': 'prod F1 fell from {dev} to {prod} at threshold {threshold}',
  'overview.verdict.f1Held': 'prod F1 is {prod} against {dev} in dev at threshold {threshold}',
  'overview.verdict.noneMade': '(no prod shot is predicted made)',
  'overview.verdict.fewMade': '(only {count} of {total} prod shots are predicted made)',
  'overview.verdict.drift': '{drifted} of {columns} features drifted',
  'overview.verdict.noDrift': 'none of the {columns} features drifted',
  'overview.verdict.outside':
    '{share} of prod shots lie outside the dev range of {feature} ({min}–{max}{unit})',
  'overview.verdict.extrapolating': ': the model is extrapolating',
  'overview.verdict.unseen': '{share} of prod shots have a {feature} never seen in dev',
  'overview.verdict.unavailable': 'the {dataset} predictions are not available',
  'overview.verdict.noLabels':
    'no {dataset} shot in this selection has a known outcome, so F1 cannot be compared',
  'overview.verdict.probabilityUnusable':
    'no {dataset} shot has a usable probability ({excluded} values of column "{column}" are outside [0, 1] or missing), so F1 cannot be compared although {labelled} shots have a known outcome',
  'overview.verdict.nothing': 'There is nothing to judge: the build found no predictions.',
  'overview.verdict.filtered':
    'Only the shots that pass the filters: {dev} dev and {prod} prod; drift recomputed on them.',
  'overview.verdict.driftError': 'Drift could not be computed on this selection: {message}',
  'overview.verdict.retrain':
    'retrain: {reactive} reactive and {predictive} predictive signals fired',
  'overview.verdict.noRetrain': 'no retrain signal fired',
  'overview.evidence.timeline': 'Timeline: retrain signals, season by season',
  'overview.evidence.title': 'Evidence',
  'overview.evidence.performance': 'Performance: F1, ROC, confusion matrix',
  'overview.evidence.drift': 'Drift: feature by feature',
  'overview.evidence.court': 'Court map: where the prod shots are',
  'overview.rules.summary': 'How the verdict is decided',
  'overview.rules.f1':
    'F1 at the threshold: needs attention when prod is {warning} or more below dev, critical from {critical} below.',
  'overview.rules.drift':
    'Drift: Evidently’s default test per feature, dev as reference; needs attention when at least {share} of the features drift (dataset drift).',
  'overview.rules.outside':
    'Extrapolation: the feature with the largest share of prod shots outside the dev [min, max]; needs attention from {warning}, critical from {critical}.',
  'overview.rules.worst': 'The worst of the three sets the verdict.',

  'overview.metrics.title': 'Metrics, dev vs prod',
  'overview.metrics.atThreshold': 'At threshold {threshold}',
  'overview.metrics.thresholdFree': 'Whatever the threshold',
  'overview.metrics.devShort': 'Dev',
  'overview.metrics.prodShort': 'Prod',
  'overview.metrics.lowerIsBetter': 'lower is better',
  'overview.metrics.delta': 'Prod − dev',
  'overview.metrics.noValue': 'no shot with a known outcome',
  'overview.metrics.note':
    'Computed in your browser on the shots with a known outcome that pass the filters: {dev} dev, {prod} prod.',
  'overview.delta.better': 'better',
  'overview.delta.worse': 'worse',
  'overview.delta.same': 'no change',

  'overview.counts.title': 'Shots',
  'overview.counts.dev': 'Dev shots',
  'overview.counts.prod': 'Prod shots',
  'overview.counts.devHint': '2-point shots, the model was trained on them',
  'overview.counts.prodHint': '3-point shots, scored in production',
  'overview.counts.labelled': 'known outcome',
  'overview.counts.unlabelled': 'outcome unknown',
  'overview.counts.made': '{made} made',
  'overview.counts.filtered': '{rows} of {total} shots pass the filters',
  'overview.counts.bar': '{labelled} with a known outcome, {unlabelled} unknown',
  'overview.counts.sampled':
    'The file has {rows} rows; the browser holds a uniform random sample of {shipped}, and the numbers on this page are computed on that sample.',
  'overview.counts.missing': 'No {dataset} predictions in this build.',

  'overview.predictions.title': 'Predicted vs actual made rate',
  'overview.predictions.sentence':
    '{dataset}: at threshold {threshold} the model calls {predicted} of {scored} shots made ({predictedShare}), while {actualShare} of the {labelled} shots with a known outcome went in. Mean predicted probability: {mean}.',
  'overview.predictions.noScores':
    '{dataset}: no shot has a usable probability (every value is missing or outside [0, 1]), so no predictions to count.',
  'overview.chart.title': 'Made rate: actual vs predicted, dev vs prod',
  'overview.chart.description':
    'Shots that went in (known outcomes), shots the model calls made at the threshold, and the mean predicted probability.',
  'overview.chart.actual': 'Actual made rate',
  'overview.chart.predicted': 'Predicted made (threshold {threshold})',
  'overview.chart.mean': 'Mean P(made)',
  'overview.chart.none': 'n/a',
  'overview.chart.share': 'Share of shots',
  'overview.chart.empty': 'No dataset has predictions to compare.',

  'overview.sources.title': 'Data sources',
  'overview.sources.built': 'Snapshot built {date}.',
  'overview.sources.rows': '{rows} rows: {labelled} with a known outcome, {unlabelled} without.',
  'overview.sources.sampled': 'Sampled: the browser holds {shipped} of them.',
  'overview.sources.excluded':
    '{count} rows have no valid probability and are left out of the metrics.',
  'overview.sources.detected': 'Recognised',
  'overview.sources.missing': 'Missing',
  'overview.sources.warnings': 'Warnings',
  'overview.sources.absent':
    'No {dataset} predictions file was read: the dashboard shows what the other file allows.',
  'overview.sources.absentBoth': 'No {dataset} predictions file was read.',
  'overview.sources.unreadParquet': 'Parquet files that could not be read',
  'overview.sources.problems': 'Build problems',
  'overview.sources.noProblems': 'The build reported no problems.',
  'overview.sources.problemCount': '{count} problems ({steps}): show the list',
  'overview.sources.stepCount': '{step} {count}',
  'overview.sources.step.sources': 'finding the sources',
  'overview.sources.step.snapshot': 'predictions',
  'overview.sources.step.runs': 'runs',
  'overview.sources.step.what-if': 'what-if model',
  'overview.sources.step.monitoring': 'monitoring report',
  'overview.sources.store': 'Store',
  'overview.sources.run': 'Run',
  'overview.sources.prodFile': 'Prod file',
  'overview.sources.devFile': 'Dev file',
  'overview.sources.rule': 'Rule: {rule}',
  'overview.sources.stores':
    'Stores found: {stores} (runs in parentheses); {pairs} candidate predictions pairs. `npm run inspect` lists them; MONITOR_RUN_ID or MLFLOW_TRACKING_URI picks another.',
} as const

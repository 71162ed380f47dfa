/** Messages of the Drift view (`/drift/`), spread into the English catalogue. */
export const driftMessagesEn = {
  'drift.loading': 'Loading the drift table…',
  'drift.rowsLoading': 'Loading the shots for the charts…',
  'drift.noTable': 'This build has no drift table: it needs both dev and prod predictions.',
  'drift.error': 'The drift table could not be computed: {message}',
  'drift.emptySide':
    'No {dataset} shot matches the filters, so there is nothing to compare. Dev holds the 2-point shots and prod the 3-point shots, so a shot-zone filter can leave one side empty.',
  'drift.skipped': '{column} left out: {reason}',
  'drift.skipped.empty.reference':
    'the dev (reference) sample is empty after dropping missing values (null, NaN, ±Infinity)',
  'drift.skipped.empty.current':
    'the prod (current) sample is empty after dropping missing values (null, NaN, ±Infinity)',

  'drift.scope.all':
    'All shots: {dev} dev shots (reference) against {prod} prod shots (current), as computed when the site was built.',
  'drift.scope.filtered':
    'The table and the charts reflect the filters: recomputed in your browser on {dev} dev and {prod} prod shots.',
  'drift.scope.sampled':
    'The browser holds a random sample of the rows, so the filtered numbers are estimates.',

  'drift.verdict.heading': 'Verdict',
  'drift.dataset.drifted':
    'Dataset drift: {drifted} of {columns} features drifted (share {share} ≥ {driftShare}).',
  'drift.dataset.notDrifted':
    'No dataset drift: {drifted} of {columns} features drifted (share {share} < {driftShare}).',
  'drift.rule.auto.large':
    'Evidently-compatible defaults for a reference of {rows} dev shots (more than 1000): normed Wasserstein distance ≥ 0.1 for numerical columns with more than 5 distinct values; Jensen-Shannon distance ≥ 0.1 for categorical columns and numerical ones with at most 5 values.',
  'drift.rule.auto.small':
    'Evidently-compatible defaults for a reference of {rows} dev shots (1000 or fewer): Kolmogorov-Smirnov p ≤ 0.05 for numerical columns with more than 5 distinct values; chi-square p < 0.05 for the other columns with more than 2 values; two-proportion Z-test p < 0.05 for columns with 2 values.',
  'drift.rule.typing': 'Integer columns with at most 10 distinct values count as categorical.',
  'drift.rule.dataset':
    'The dataset drifts when the share of drifted features is at least {driftShare} (Evidently’s drift_share).',
  'drift.rule.fixed':
    '{method} for every feature; drift when {rule} (the test’s default threshold).',
  'drift.rule.numericalOnly':
    'It applies to numerical columns only: categorical columns keep Evidently’s automatic test.',
  'drift.rule.scoreAtLeast': 'score ≥ {threshold}',
  'drift.rule.pAtMost': 'p ≤ {threshold}',
  'drift.rule.pBelow': 'p < {threshold}',

  'drift.method.auto': 'Evidently auto',
  'drift.method.wasserstein': 'Normed Wasserstein distance',
  'drift.method.jensenshannon': 'Jensen-Shannon distance',
  'drift.method.psi': 'PSI (population stability index)',
  'drift.method.ks': 'Kolmogorov-Smirnov p-value',
  'drift.method.chisquare': 'Chi-square p-value',
  'drift.method.z': 'Z-test p-value',
  'drift.methodSelector.label': 'Drift test',
  'drift.methodSelector.help':
    'Evidently auto picks a test per column from its type and the reference size; the others apply one test to every column at its default threshold.',
  'drift.methodInvalid':
    'drift_method={value} is not one of auto, psi, ks, jensenshannon, wasserstein; using auto.',

  'drift.table.title': 'Drift by feature',
  'drift.table.caption':
    'Dev (reference) against prod (current), one row per model feature. Sortable columns have a button in their header.',
  'drift.col.feature': 'Feature',
  'drift.col.test': 'Test',
  'drift.col.statistic': 'Statistic',
  'drift.ruleCell': 'drift when {rule}',
  'drift.col.verdict': 'Verdict',
  'drift.col.alternatives': 'Other statistics',
  'drift.col.support': 'Prod outside dev support',
  'drift.sort.by': 'Sort by {column}',
  'drift.type.numerical': 'numerical',
  'drift.type.categorical': 'categorical',
  'drift.typeDetail': '{type} · {dtype}, {distinct} values',
  'drift.dtype.int': 'integer',
  'drift.dtype.float': 'float',
  'drift.dtype.string': 'text',
  'drift.dtype.bool': 'boolean',
  'drift.alt.psi': 'PSI',
  'drift.alt.ks': 'K-S D',
  'drift.alt.ksP': 'p',
  'drift.alt.js': 'JS',
  'drift.alt.wasserstein': 'W normed',
  'drift.keptAuto': 'needs a numerical column: automatic test kept',
  'drift.verdict.yes': 'Drifted',
  'drift.verdict.no': 'Not drifted',
  'drift.chartLink': 'Chart',
  'drift.chartLinkLabel': 'Distribution chart of {feature}',

  'drift.support.title': 'Outside the training data',
  'drift.support.cellCentral': '{share} outside the central 99%',
  'drift.support.cellRange': '{share} outside [min, max]',
  'drift.support.cellCategories': '{share} in unseen categories',
  'drift.support.sentence':
    '{share} of prod {feature} values ({count} of {total} shots) lie outside the dev central 99% range [{low}, {high}]{unit}, and {outside} beyond the dev minimum and maximum [{min}, {max}]{unit}: there the model extrapolates beyond the shots it was trained on.',
  'drift.support.sentenceCategories':
    '{share} of prod {feature} values ({count} of {total} shots) fall in categories dev never had ({values}): the model never saw them in training.',
  'drift.support.none':
    'Prod stays within the dev support: for every feature, less than {limit} of prod values lie outside the dev central 99% range.',

  'drift.distributions.title': 'Distributions, dev vs prod',
  'drift.distributions.intro':
    'Heights are shares of each dataset’s shots, so dev and prod compare despite their sizes. Shaded, where much of prod lies outside it: the range of the central 99% of dev values.',
  'drift.chart.title': '{feature}: dev vs prod',
  'drift.chart.verdict': '{method} {statistic} (drift when {rule}): {verdict}',
  'drift.chart.devRange': 'dev central 99%',
  'drift.legend': '{dataset}, {count} shots',
  'drift.axis.share': 'Share of shots (%)',
  'drift.axis.sharePerBin': 'Share of shots per bin (%)',
  'drift.axis.score': 'Predicted probability of a make (prediction_score)',
  'drift.axis.madeRate': 'Made rate (%)',
  'drift.unit.degrees': 'degrees',
  'drift.unit.feet': 'ft',
  'drift.unit.minutes': 'minutes',

  'drift.output.title': 'Model output and target',
  'drift.output.intro':
    'The model’s score and the outcome, dev vs prod. They are not counted in the dataset verdict above.',
  'drift.output.scoreTitle': 'Predicted probability of a make: dev vs prod',
  'drift.output.scoreShares':
    'At the threshold {threshold}, {dev} of dev and {prod} of prod shots are predicted made.',
  'drift.output.thresholdLine': 'threshold {threshold}',
  'drift.output.targetTitle': 'Made rate (target): dev vs prod',
  'drift.output.targetBar': '{rate} ({made} of {labelled})',
  'drift.output.targetKnown':
    'Only shots with a known outcome count ({unknown} without one are left out).',
  'drift.output.noScore':
    'No probability column in the predictions: the score distribution is unavailable.',
  'drift.output.noTarget':
    'No shot in this selection has a known outcome: the made rate is unavailable.',
} as const

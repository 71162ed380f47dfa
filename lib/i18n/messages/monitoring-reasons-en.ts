/**
 * Sentences lib/monitoring returns as reason codes (lib/monitoring/reason.ts): why a figure is
 * missing, what fired a retrain signal, why the label-free estimate is (not) to be trusted. The
 * key is `reason.<code>`; `npm run monitor` renders them in English, the views in the page's
 * language. `{what}` is a nested subject reason ("prod (predictions_prod.parquet)").
 */
export const monitoringReasonsEn = {
  'reason.text': '{text}',
  'reason.subject.dev': 'dev ({file})',
  'reason.subject.prod': 'prod ({file})',
  'reason.subject.shownDev': 'the dev shots shown',
  'reason.subject.shownProd': 'the prod shots shown',
  'reason.subject.chunk': '{chunking} chunk {key} of {file}',
  'reason.chunking.season': 'season',
  'reason.chunking.month': 'month',
  'reason.chunking.rows': 'row-order',
  'reason.chunking.fallback': '{chunking} (row order)',

  'reason.report.noProbability':
    '{file} has no probability column: score-based figures are unavailable',
  'reason.report.driftFailed': 'drift not computed between {dev} and {prod}: {message}',

  'reason.metric.noLabelledRow': '{what} has no row with both a 0/1 label and a score',
  'reason.metric.oneClass':
    '{metric} is undefined on {what}: all {rows} labelled rows are class {cls}',
  'reason.metric.notFinite': '{metric} is not a finite number on {what}',

  'reason.cbpe.fewDevRows':
    'the label-free estimate needs at least {min} labelled dev rows to calibrate on, and {what} has {count}',
  'reason.cbpe.noScore': '{metric} cannot be estimated: {what} has no row with a score',
  'reason.cbpe.oneClass':
    '{metric} cannot be estimated on {what}: the calibrated probabilities are all {value} (one class expected)',

  'reason.chunk.fewRows': '{what} has {count} rows, fewer than the {min} a chunk needs',
  'reason.chunk.fewLabelled':
    '{what} has {count} labelled rows, fewer than the {min} a chunk needs',
  'reason.chunk.fewScored': '{what} has {count} scored rows, fewer than the {min} a chunk needs',
  'reason.chunk.noTestableFeature': 'no feature of {what} could be tested',
  'reason.chunk.driftFailed': 'drift not computed for {what}: {message}',
  'reason.chunks.noUsable': 'no {column} value in {file} is usable',
  'reason.chunks.noColumn': '{file} has no {column} column',
  'reason.chunks.fallback': '{why}: chunks by {chunking} fall back to {count} chunks in row order',
  'reason.chunks.missing':
    '{count} rows of {file} have no usable {column} and are in no {chunking} chunk',

  'reason.slice.noColumn': '{what} has no {column} column',
  'reason.slice.fewRows':
    '{column} = {value} has {count} labelled rows in {what}, fewer than the {min} a slice needs',
  'reason.slice.oneClass':
    '{metric} is undefined for {column} = {value} in {what}: its {count} labelled rows are all one class',

  'reason.calibration.noLabels':
    'calibration needs labels, and {what} has no row with both a label and a score',
  'reason.threshold.noLabelled': '{what} has no labelled row with a score',
  'reason.threshold.f1Zero': 'F1 is 0 at every threshold on {what}: no row is class 1',
  'reason.threshold.youdenOneClass':
    "Youden's J needs both classes, but every labelled row of {what} is class {cls}",

  'reason.signal.valueMissing': 'a value is missing',
  'reason.signal.devProdMissing': '{metric} cannot be compared from dev to prod: {why}',
  'reason.signal.devZero':
    '{metric} is 0 on dev, so a relative degradation is undefined (prod {prod})',
  'reason.signal.devProdDegraded':
    '{metric} degraded by {change} from dev ({dev}) to prod ({prod}), more than the {limit} allowed',
  'reason.signal.devProdWithin':
    '{metric} moved by {change} from dev ({dev}) to prod ({prod}), within the {limit} allowed',
  'reason.signal.chunksMissing':
    '{metric} cannot be compared between {chunking} chunks: fewer than two chunks have a realised value',
  'reason.signal.chunksDegraded':
    '{metric} degraded by {change} from {chunking} {from} ({a}) to {to} ({b}), more than the {limit} allowed',
  'reason.signal.chunksWithin':
    '{metric} never degraded by more than {limit} from one {chunking} chunk to the next (worst {change}, {from} → {to})',
  'reason.signal.datasetUnjudged': 'dataset drift cannot be judged: no feature could be tested',
  'reason.signal.datasetDrift':
    'dataset drift: {drifted} of {columns} features drifted ({share}, at or above the {rule} share): {features}',
  'reason.signal.noDatasetDrift':
    'no dataset drift: {drifted} of {columns} features drifted ({share}, below the {rule} share)',
  'reason.signal.importantUntested':
    'no feature that matters most to the model could be tested for drift',
  'reason.signal.importantDrifted':
    'features that matter most to the model drifted: {features} (importance: {importance})',
  'reason.signal.featureStatistic': '{name} ({method} {statistic})',
  'reason.signal.importantStable':
    'none of the features that matter most ({features}) drifted (importance: {importance})',
  'reason.importance.coefficients':
    '|coefficient × dev std| of the logistic regression, top features reaching 80% of the total',
  'reason.importance.noCoefficients':
    'the {model} gives no coefficients: every feature counts as important',
  'reason.importance.pickled':
    'the model ({model}) was read from a pickle, whose coefficients are not ranked: every feature counts as important',
  'reason.importance.noModel': 'no model was found in the store: every feature counts as important',

  'reason.verdict.retrain': 'Retrain: {causes}.',
  'reason.verdict.healthy':
    'No retrain signal: no watched metric degraded beyond its limit and the inputs did not drift.',

  'reason.validity.support': "{share} of prod rows lie outside dev's {feature} support ({detail})",
  'reason.validity.range': "dev's central 99% is {low}–{high} (full range {min}–{max})",
  'reason.validity.unseen': 'categories dev never saw: {categories}',
  'reason.validity.noUnseen': 'no unseen category',
  'reason.validity.shiftUnchecked': 'calibration shift cannot be checked: prod has no labelled row',
  'reason.validity.shifted':
    "calibrated scores' ECE is {dev} on dev and {prod} on labelled prod (shifted, limit +{limit})",
  'reason.validity.stable':
    "calibrated scores' ECE is {dev} on dev and {prod} on labelled prod (stable, limit +{limit})",
  'reason.validity.unchecked':
    'The label-free estimate cannot be checked: no feature of prod could be compared with dev.',
  'reason.validity.trusted':
    "The label-free estimate can be used: prod rows stay within dev's support (at most {share} outside for any feature).",
  'reason.validity.trustedStable':
    "The label-free estimate can be used: prod rows stay within dev's support (at most {share} outside for any feature) and calibration is stable.",
  'reason.validity.untrusted':
    'The label-free estimate is not to be trusted here: {reasons}. CBPE learns P(made | score) on dev, so it says nothing about shots unlike any dev shot.',
} as const

import { monitoringReasonsEn } from './messages/monitoring-reasons-en'
import { comparisonMessagesEn } from './messages/comparison-en'
import { timelineMessagesEn } from './messages/timeline-en'
import { performanceMessagesEn } from './messages/performance-en'
import { courtMessagesEn } from './messages/court-en'
import { driftMessagesEn } from './messages/drift-en'
import { overviewMessagesEn } from './messages/overview-en'
import { whatIfMessagesEn } from './messages/what-if-en'
import { runsMessagesEn } from './messages/runs-en'
import { projectMessagesEn } from './messages/project-en'

/**
 * English messages: the reference catalogue. Every other language must have exactly these keys
 * (`Messages` below), and the same `{placeholders}` in each message (checked by a unit test).
 * Keys are flat, grouped by prefix: app, nav, view, shell, theme, sidebar, notice, url (URL
 * problems), control, dataset, filter, period, playoffs, zone, metric, outcome, chart, plot,
 * court, empty, error.
 */
export const messagesEn = {
  ...performanceMessagesEn,
  ...comparisonMessagesEn,
  ...courtMessagesEn,
  ...driftMessagesEn,
  ...whatIfMessagesEn,
  ...overviewMessagesEn,
  ...runsMessagesEn,
  ...projectMessagesEn,
  ...monitoringReasonsEn,
  ...timelineMessagesEn,
  'app.name': 'Kobe shot model monitor',
  'app.shortName': 'Kobe monitor',
  'app.tagline': 'Is the shot-prediction model still right in production?',

  'nav.label': 'Views',
  'nav.overview': 'Overview',
  'nav.court': 'Court map',
  'nav.performance': 'Performance',
  'nav.drift': 'Drift',
  'nav.runs': 'Runs',
  'nav.whatIf': 'What if?',
  'nav.timeline': 'Timeline',

  'view.overview.title': 'Overview',
  'view.overview.description':
    'How is the model doing in production right now, and does anything need attention?',
  'view.court.title': 'Court map',
  'view.court.description':
    'Where on the court are the shots, and where does the model get them right or wrong?',
  'view.performance.title': 'Performance',
  'view.performance.description':
    'How well does the model tell made from missed shots in dev and in prod, at the chosen threshold?',
  'view.drift.title': 'Drift',
  'view.drift.description':
    'Do production shots look like the shots the model was trained on, feature by feature?',
  'view.runs.title': 'Runs',
  'view.runs.description':
    'Which training runs produced which models, with which parameters and metrics?',
  'view.timeline.title': 'Timeline',
  'view.timeline.description':
    'How did the model’s health move season by season and month by month, where does it fail worst, and should it be retrained?',
  'view.whatIf.title': 'What if?',
  'view.whatIf.description': 'What does the model predict for a shot you describe?',
  'view.placeholder': 'This view is being built: its charts will appear here.',

  'shell.skipToContent': 'Skip to content',
  'shell.language': 'Language',
  'shell.footer': 'Static dashboard: every view is computed at build time from the MLflow store.',

  'theme.dark': 'Dark theme',
  'theme.switchToDark': 'Switch to the dark theme',
  'theme.switchToLight': 'Switch to the light theme',

  'sidebar.title': 'Controls',
  'sidebar.show': 'Show controls',
  'sidebar.hide': 'Hide controls',

  'notice.title': 'Some settings in this link were not understood',
  'notice.dismiss': 'Dismiss',

  'url.threshold': '{param}={value} is not a number between 0 and 1; using {fallback}.',
  'url.dataset': '{param}={value} is not one of dev, prod, both; using {fallback}.',
  'url.period': '{param}={value} is not a period from 1 to 7; ignored.',
  'url.playoffs': '{param}={value} is not one of all, 0, 1; using {fallback}.',
  'url.season': '{param}={value} is not a season like 2000-01 (two consecutive years); ignored.',
  'url.seasonOrder':
    'The season range started after it ended ({value}); the two ends were swapped.',
  'url.zone': '{param}={value} is not a known shot zone; ignored.',
  'url.lang': '{param}={value} is not a supported language (en, pt-BR); using {fallback}.',
  'url.text': '{param}={value} is empty or too long; ignored.',
  'url.repeated': '{param} appears more than once in the link; using the first value, {fallback}.',
  'url.viewParam': '{param}={value} was ignored: {reason}.',
  'url.reason.notShotId': 'not a shot_id (a whole number)',
  'url.reason.notModelInput': 'not an input of the model',
  'url.reason.notExperimentId': 'not an experiment id (letters, digits, _ . : -, at most 200)',
  'url.reason.notRunId': 'not a run id',
  'url.reason.tooManyCompared': 'at most {max} runs are compared at once',
  'url.reason.notSortColumn': 'not a column to sort by (e.g. metrics.log_loss or -start)',
  'url.reason.notRunStatus': 'not a run status ({statuses})',
  'url.reason.onlyDeleted1': 'only deleted=1 is understood',
  'url.reason.notColumn': 'not a column (metrics.<key>, params.<key>, or a run attribute)',

  'control.threshold': 'Decision threshold',
  'control.threshold.help':
    'A shot counts as predicted made when its predicted probability is at least the threshold.',
  'control.dataset': 'Dataset',
  'control.model': 'Model',
  'control.run': 'Run',

  'dataset.dev': 'Dev',
  'dataset.prod': 'Prod',
  'dataset.both': 'Dev and prod',
  'dataset.dev.long': 'Dev (2-point shots, used for training)',
  'dataset.prod.long': 'Prod (3-point shots, scored in production)',

  'filter.title': 'Filters',
  'filter.reset': 'Reset filters',
  'filter.period': 'Period',
  'filter.playoffs': 'Games',
  'filter.season': 'Seasons',
  'filter.seasonFrom': 'From',
  'filter.seasonTo': 'To',
  'filter.seasonAny': 'Any',
  'filter.zone': 'Shot zone',
  'filter.allSelected': 'None ticked means all.',

  'period.quarter': 'Q{n}',
  'period.overtime': 'OT{n}',

  'playoffs.all': 'All games',
  'playoffs.regular': 'Regular season',
  'playoffs.playoffs': 'Playoffs',

  'zone.restrictedArea': 'Restricted area',
  'zone.paint': 'In the paint (non-RA)',
  'zone.midRange': 'Mid-range',
  'zone.leftCorner3': 'Left corner 3',
  'zone.rightCorner3': 'Right corner 3',
  'zone.aboveBreak3': 'Above the break 3',
  'zone.backcourt': 'Backcourt',

  'metric.logLoss': 'Log loss',
  'metric.f1': 'F1 score',
  'metric.accuracy': 'Accuracy',
  'metric.precision': 'Precision',
  'metric.recall': 'Recall',
  'metric.rocAuc': 'ROC AUC',
  'metric.brier': 'Brier score',
  'metric.rows': 'Shots',
  'metric.labelled': 'Shots with a known outcome',

  'outcome.made': 'Made',
  'outcome.missed': 'Missed',
  'outcome.unknown': 'Outcome unknown',
  'outcome.correct': 'Right',
  'outcome.wrong': 'Wrong',
  'outcome.hitsAndMisses': 'Right and wrong predictions',
  'outcome.truePositive': 'True positive',
  'outcome.falsePositive': 'False positive',
  'outcome.trueNegative': 'True negative',
  'outcome.falseNegative': 'False negative',

  'chart.roc': 'ROC curve',
  'chart.pr': 'Precision–recall curve',
  'chart.calibration': 'Reliability diagram',
  'chart.confusion': 'Confusion matrix',
  'chart.probability': 'Predicted probability',
  'chart.metricsByThreshold': 'Metrics by threshold',
  'chart.shotDistance': 'Shot distance (ft)',
  'chart.count': 'Count',

  'plot.downloadPng': 'Download PNG',
  'plot.downloading': 'Preparing PNG…',
  'plot.downloadFailed': 'The PNG could not be made: {message}',
  'plot.loading': 'Loading chart…',

  'court.loading': 'Loading court…',
  'court.legend': 'Legend',
  'court.mode': 'Display',
  'court.mode.points': 'Shots',
  'court.mode.hexbin': 'Density (hexagons)',
  'court.hexbin.count': 'Shots per hexagon',
  'court.hexbin.mean': 'Mean per hexagon',
  'court.hexbin.tooltip': '{count} shots',
  'court.hexbin.tooltipMean': '{count} shots, mean {mean}',
  'court.hexbin.tooltipShare': '{count} shots; {share} of the {valued} with a known outcome',
  'court.location': 'Location ({x}, {y}), {distance} ft from the basket',
  'court.clickHint': 'Click on the court to choose a location.',
  'court.shotsDrawn': '{count} shots drawn in {ms} ms',

  'empty.noRows': 'No shots match the filters.',
  'empty.noLabels':
    'No shot in this selection has a known outcome, so these metrics cannot be computed.',
  'unavailable.noProbabilityColumn':
    '{dataset}: the predictions file has no probability column, so ROC, precision–recall, calibration, log loss and the metrics at the threshold (F1 included) cannot be computed',
  'empty.noProbability': 'No probability column in this file: ROC unavailable.',
  'empty.noPredictions': 'No prediction file was found for this run.',
  'empty.noRuns': 'No runs were found in the tracking store.',
  'empty.oneClass': 'Only one outcome in this selection: ROC AUC is undefined.',
  'empty.noData': 'No data to draw.',
  'empty.noBuildData':
    'This build has no data for this view: no predictions, monitoring report or tracking store was found when the site was built (run the pipeline, or point the build at your project).',

  'shell.noscript':
    'JavaScript is off: the numbers below are the default view (no filters, threshold 0.5) computed when the site was built; the charts, filters, threshold and every other interactive part need JavaScript.',

  'error.chart': 'This chart could not be drawn.',
  'error.details': 'Error: {message}',
  'error.retry': 'Try again',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no view at this address.',
  'notFound.back': 'Go to the overview',
} as const

/** Every message key; a key missing in another catalogue is a type error there. */
export type MessageKey = keyof typeof messagesEn

/** A complete catalogue: one string per key, no more, no less. */
export type Messages = Record<MessageKey, string>

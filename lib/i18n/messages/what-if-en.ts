/** English messages of the What-if view (spread into messages-en.ts). */
export const whatIfMessagesEn = {
  'whatIf.loading': 'Loading the served model…',
  'whatIf.noModel':
    'No model to serve: no loadable logged model (MLmodel folder or model.json) in the tracking store: run `npm run pipeline`.',
  'whatIf.noStore':
    'No model to serve: no MLflow tracking store was found: run `npm run pipeline`.',
  'whatIf.problemDetail': 'Details: {detail}',
  'whatIf.modelFileError': 'data/model.json could not be read: {error}',
  'whatIf.notes': '{count} candidate(s) skipped while looking for the model',

  'whatIf.form.title': 'The shot',
  'whatIf.form.help':
    'Type values, drag the sliders or click the court: the probability updates as you type. The link keeps the shot.',
  'whatIf.form.reset': 'Reset to the dev medians',
  'whatIf.range': 'valid {min} to {max}',
  'whatIf.trainRange': 'dev (training) {min} to {max}',
  'whatIf.devRange': 'dev {min} to {max}',
  'whatIf.slider': '{label} slider',
  'whatIf.choose': '{label} (list)',
  'whatIf.step': 'Arrow keys step by {step}.',
  'whatIf.distanceMismatch':
    'The location is {feet} ft from the basket but shot distance says {typed} ft; the model takes both as given.',
  'whatIf.distanceFromLocation': 'Use {feet} ft',

  'whatIf.feature.lat': 'Latitude',
  'whatIf.feature.lng': 'Longitude',
  'whatIf.feature.minutes_remaining': 'Minutes remaining',
  'whatIf.feature.period': 'Period',
  'whatIf.feature.playoffs': 'Playoffs',
  'whatIf.feature.shot_distance': 'Shot distance',
  'whatIf.unit.degrees': '°',
  'whatIf.unit.minutes': 'min',
  'whatIf.unit.feet': 'ft',
  'whatIf.playoffs.toggle': 'Playoff game',
  'whatIf.period.shortQuarter': 'Q{n}',
  'whatIf.period.shortOvertime': 'OT{n}',

  'whatIf.error.empty': '{field}: enter a value from {min} to {max}.',
  'whatIf.error.not_number':
    '{field}: "{value}" is not a number; enter a value from {min} to {max}.',
  'whatIf.error.out_of_range': '{field}: {value} is outside the valid range {min} to {max}.',
  'whatIf.error.not_integer': '{field}: {value} is not a whole number ({min} to {max}).',
  'whatIf.error.not_category': '{field}: "{value}" is not one of the model\'s categories.',
  'whatIf.categories': 'one of {count} categories the model was fitted on',

  'whatIf.result.title': 'Prediction',
  'whatIf.result.probability': 'P(made)',
  'whatIf.result.classProbability': 'P(made): the model\'s class "{label}"',
  'whatIf.result.score': "Score (a regressor's output, clipped to [0, 1])",
  'whatIf.result.exact': 'exact: {value}',
  'whatIf.result.unavailable': 'No probability: {reason}',
  'whatIf.result.predicted': 'Predicted at threshold {threshold}',
  'whatIf.result.extrapolating':
    'Outside the dev (training) range: {list}. The model extrapolates here.',

  'whatIf.model.title': 'Served model',
  'whatIf.model.registered': '{name} version {version}',
  'whatIf.model.unregistered': 'Unregistered model',
  'whatIf.model.alias': 'alias {alias}',
  'whatIf.model.stage': 'stage {stage}',
  'whatIf.model.run': 'Run',
  'whatIf.model.type': 'Type',
  'whatIf.model.chosenBy': 'Chosen as',
  'whatIf.model.chosenBy.alias': 'the version with alias “{alias}”',
  'whatIf.model.chosenBy.latest_version':
    'the latest registered version (no version has alias “{alias}”)',
  'whatIf.model.chosenBy.older_version':
    'an older registered version (newer ones have no readable model file)',
  'whatIf.model.chosenBy.newest_run':
    'the newest run with a model file (no registered version has one)',
  'whatIf.model.chosenBy.other_run': 'another run with a model file (not registered)',
  'whatIf.model.chosenBy.selected':
    'the choice in the Model list (by default the page serves {served})',
  'whatIf.model.titleSelected': 'Selected model',
  'whatIf.selector.label': 'Model',
  'whatIf.selector.help':
    '{count} models in the tracking store (registered versions first, then runs with a logged model); the first is the one served to production.',
  'whatIf.unloadable.title': '{count} logged model(s) could not be loaded',
  'whatIf.selector.registered': '{name} v{version}',
  'whatIf.selector.unregistered': 'run {run}',
  'whatIf.selector.unknown': 'No model “{value}” in this build: showing the served model.',
  'whatIf.shot.otherModel':
    'Differ by {diff}: this file was scored by the served model ({served}), not by the selected one.',
  'whatIf.model.reason': 'Why this model',

  'whatIf.shot.title': 'Start from a real prod shot',
  'whatIf.shot.label': 'Prod shot_id',
  'whatIf.shot.load': 'Load shot',
  'whatIf.shot.random': 'Random prod shot',
  'whatIf.shot.help':
    '{count} prod (3-point) shots, e.g. {example}. Loading one copies its six inputs into the form.',
  'whatIf.shot.notFound': 'shot_id {id} is not among the {count} prod shots.',
  'whatIf.shot.noIds':
    'The prod file has no shot_id column: starting from a real shot is unavailable.',
  'whatIf.shot.loading': 'Loading the prod shots…',
  'whatIf.shot.caption': 'Shot {id}',
  'whatIf.shot.outcome': 'Actual outcome',
  'whatIf.shot.stored': 'prediction_score in the prod predictions file',
  'whatIf.shot.live': 'P(made) computed here',
  'whatIf.shot.agree': 'Equal (difference {diff}): the page runs the same model as the pipeline.',
  'whatIf.shot.disagree':
    'They differ by {diff}: the served model is not the one that scored this file.',
  'whatIf.shot.edited':
    'The form changed after loading shot {id}: its stored score no longer applies.',
  'whatIf.shot.noScore': 'The prod file has no score for this shot.',

  'whatIf.court.title': 'Click the court to place the shot',
  'whatIf.court.description':
    'Dots: dev (2-point) shots the model learned from and prod (3-point) shots it scores. A click sets latitude, longitude and shot distance.',
  'whatIf.court.marker': 'What-if shot',
  'whatIf.court.full': 'Full court is shown because the shot is beyond half court.',

  'whatIf.curves.title': 'How P(made) moves with each input',
  'whatIf.curves.help':
    'Each chart varies one input across its valid range while the others keep the form’s values (one-dimensional partial dependence). Shaded: dev (training) range; dotted: decision threshold; dashed: this shot.',
  'whatIf.curves.invalid': 'Fix the form to draw the curves: {reason}',
  'whatIf.curve.title': 'P(made) vs {feature}',
  'whatIf.curve.probability': 'P(made)',
  'whatIf.curve.current': 'This shot',
  'whatIf.curve.threshold': 'threshold {value}',
  'whatIf.curve.trainRange': 'dev (training) range',
} as const

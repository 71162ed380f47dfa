/** English messages of the Court view (spread into messages-en.ts). */
export const courtMessagesEn = {
  'court.colorBy': 'Colour shots by',
  'court.colorBy.outcome': 'Outcome',
  'court.colorBy.probability': 'P(made)',
  'court.colorBy.error': 'Error type',
  'court.mode.overlay': 'Overlay',
  'court.hexValue': 'Hexagon colour',
  'court.hexValue.count': 'Shot count',
  'court.hexValue.probability': 'Mean P(made)',
  'court.hexValue.fg': 'FG%',
  'court.hexValue.error': 'Error share',
  'court.overlayHint': 'Overlay draws dev and prod on one court, one colour per dataset.',
  'court.hexHint':
    'Hexagons 3 ft across. Means need 3 shots in a hexagon; FG% counts only shots with a known outcome.',
  'court.extent': 'Court',
  'court.extent.half': 'Half court',
  'court.extent.full': 'Full court',
  'court.beyondHalf':
    '{count} {dataset} shots from beyond half court are outside this view: choose Full court in the controls.',

  'court.summary': '{shots} {dataset} shots ({labelled} labelled) · {unlabelled} unlabelled',
  'court.summaryFiltered': 'of {total} before the filters',
  'court.positionsFromLatLng':
    '{count} {dataset} shots placed from lat/lng: the file has no loc_x/loc_y for them.',
  'court.unplaced':
    '{count} {dataset} shots have no position (no loc_x/loc_y nor lat/lng) and are not drawn.',
  'court.noPositions':
    'No court position in this file (neither loc_x/loc_y nor lat/lng): the map is unavailable.',
  'court.noProbability':
    'No probability column in this file: colouring by P(made) or error type is unavailable.',
  'court.sampled':
    'Drawing a uniform sample of {drawn} of these {shots} shots, so the map redraws at once; the counts and the hexagons use every shot.',
  'court.autoHexbin':
    '{shots} {dataset} shots: drawn as hexagons above {cap}, sized by the number of shots and coloured as the shots would be.',
  'court.showPoints': 'Show points (a {cap}-shot sample)',
  'court.badParam': '{param}={value} is not one of {allowed}; using {fallback}.',

  'court.title.outcome': '{dataset}: shots by outcome',
  'court.title.probability': '{dataset}: predicted probability of a make',
  'court.title.error': '{dataset}: error type at threshold {threshold}',
  'court.title.count': '{dataset}: shots per hexagon',
  'court.title.meanProbability': '{dataset}: mean P(made) per hexagon',
  'court.title.fg': '{dataset}: realised FG% per hexagon',
  'court.title.errorShare': '{dataset}: error share per hexagon at threshold {threshold}',
  'court.title.overlay': '{dataset} on one court',
  'court.description.error':
    'A shot is predicted made when P(made) ≥ {threshold}. FN: made but predicted missed.',

  'court.class.made': 'Made',
  'court.class.missed': 'Missed',
  'court.class.unlabelled': 'Unlabelled',
  'court.class.tp': 'TP',
  'court.class.fp': 'FP',
  'court.class.fn': 'FN',
  'court.class.tn': 'TN',
  'court.class.unscored': 'No P(made)',
  'court.meaning.tp': 'made, predicted made',
  'court.meaning.fp': 'missed, predicted made',
  'court.meaning.fn': 'made, predicted missed',
  'court.meaning.tn': 'missed, predicted missed',
  'court.legend.item': '{label} {count}',
  'court.legend.itemMeaning': '{label} {count} ({meaning})',
  'court.legend.probability': 'P(made)',
  'court.legend.fg': 'Realised FG%',
  'court.legend.meanProbability': 'Mean P(made)',
  'court.legend.errorShare': 'Share misclassified',
  'court.legend.size': 'Size: shots per hexagon, {min} to {max}',

  'court.tip.shot': 'Shot {id}',
  'court.tip.opponent': 'vs {opponent}',
  'court.tip.distance': '{feet} ft',
  'court.tip.period': 'Period {period}',
  'court.tip.minutes': '{minutes} min remaining',
  'court.tip.probability': 'P(made) {p}',
  'court.tip.outcome': 'Outcome: {outcome}',
  'court.tip.error': 'At threshold {threshold}: {error}',
  'court.tip.unknown': 'unknown',
} as const

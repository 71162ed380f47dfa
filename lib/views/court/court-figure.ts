import type { Translate } from '../../i18n/translate'
import type { CourtParams } from './court-params'

export type CourtMapDatasets = 'dev' | 'prod' | 'both'

/** What a court map shows, as a file name stem: `<colour-by>_map_<dataset>`. */
export function courtFilename(params: CourtParams, datasets: CourtMapDatasets): string {
  const suffix = datasets === 'both' ? 'dev_prod' : datasets
  if (params.mode === 'overlay') return `overlay_map_${suffix}`
  if (params.mode === 'hexbin') {
    const stem = {
      count: 'density',
      probability: 'mean_prediction',
      fg: 'fg_pct',
      error: 'error_share',
    }[params.hex]
    return `${stem}_map_${suffix}`
  }
  const stem = { outcome: 'outcome', probability: 'prediction', error: 'error' }[params.colorBy]
  return `${stem}_map_${suffix}`
}

/** The map's title, which is also its accessible name and the heading of its PNG. */
export function courtTitle(
  params: CourtParams,
  datasets: CourtMapDatasets,
  threshold: string,
  t: Translate,
): string {
  const dataset = t(`dataset.${datasets}`)
  if (params.mode === 'overlay') return t('court.title.overlay', { dataset })
  if (params.mode === 'hexbin') {
    const key = {
      count: 'court.title.count',
      probability: 'court.title.meanProbability',
      fg: 'court.title.fg',
      error: 'court.title.errorShare',
    } as const
    return t(key[params.hex], { dataset, threshold })
  }
  const key = {
    outcome: 'court.title.outcome',
    probability: 'court.title.probability',
    error: 'court.title.error',
  } as const
  return t(key[params.colorBy], { dataset, threshold })
}

import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import { courtFilename, courtTitle } from './court-figure'
import { DEFAULT_COURT_PARAMS, type CourtParams } from './court-params'
import { tinyPredictions } from './fixtures/tiny-predictions'
import { beyondHalfCourt, courtSelection, overlaySelection } from './court-selection'
import { courtSummary } from './court-summary'
import { shotPositions } from './shot-positions'

const params = (patch: Partial<CourtParams>): CourtParams => ({ ...DEFAULT_COURT_PARAMS, ...patch })
const t = createTranslator('en')

describe('courtFilename', () => {
  it('names the file after what the map shows: <colour-by>_map_<dataset>', () => {
    expect(courtFilename(params({ colorBy: 'probability' }), 'dev')).toBe('prediction_map_dev')
    expect(courtFilename(params({ colorBy: 'error' }), 'prod')).toBe('error_map_prod')
    expect(courtFilename(params({}), 'prod')).toBe('outcome_map_prod')
    expect(courtFilename(params({ mode: 'hexbin' }), 'dev')).toBe('density_map_dev')
    expect(courtFilename(params({ mode: 'hexbin', hex: 'fg' }), 'prod')).toBe('fg_pct_map_prod')
    expect(courtFilename(params({ mode: 'hexbin', hex: 'probability' }), 'prod')).toBe(
      'mean_prediction_map_prod',
    )
    expect(courtFilename(params({ mode: 'hexbin', hex: 'error' }), 'dev')).toBe(
      'error_share_map_dev',
    )
    expect(courtFilename(params({ mode: 'overlay', colorBy: 'error' }), 'both')).toBe(
      'overlay_map_dev_prod',
    )
  })
})

describe('courtTitle', () => {
  it('says the dataset and what the colours mean', () => {
    expect(courtTitle(params({ colorBy: 'error' }), 'prod', '0.5', t)).toBe(
      'Prod: error type at threshold 0.5',
    )
    expect(courtTitle(params({ mode: 'hexbin', hex: 'fg' }), 'dev', '0.5', t)).toBe(
      'Dev: realised FG% per hexagon',
    )
    expect(courtTitle(params({ mode: 'hexbin', hex: 'error' }), 'prod', '0.35', t)).toBe(
      'Prod: error share per hexagon at threshold 0.35',
    )
    expect(courtTitle(params({ mode: 'overlay' }), 'both', '0.5', t)).toBe(
      'Dev and prod on one court',
    )
  })
})

describe('courtSelection / overlaySelection', () => {
  it('gathers the selected rows and stacks datasets for the overlay', () => {
    const data = tinyPredictions()
    const positions = shotPositions(data)
    const a = courtSelection(positions, Uint32Array.of(3, 1), data.target)
    expect([...a.x]).toEqual([30, -220])
    expect([...a.y]).toEqual([240, 0])
    expect(a.placed).toBe(2)
    expect([...a.placedAt]).toEqual([0, 1])
    expect(courtSelection(positions, Uint32Array.of(5, 4, 0), data.target).beyondHalf).toBe(1)
    const unplaced = {
      ...positions,
      x: Float64Array.from(positions.x, (v, i) => (i === 1 ? NaN : v)),
    }
    const some = courtSelection(unplaced, Uint32Array.of(3, 1, 0), data.target)
    expect(some.placed).toBe(2)
    expect([...some.placedAt]).toEqual([0, 2])
    // the labelled shots counted in the same pass, as courtSummary counts them
    const every = Uint32Array.from({ length: data.target.length }, (_, i) => i)
    expect(courtSelection(positions, every, data.target).labelled).toBe(
      courtSummary(data.target, every).labelled,
    )
    const b = courtSelection(positions, Uint32Array.of(5), data.target)
    const overlay = overlaySelection([a, b])
    expect([...overlay.y]).toEqual([240, 0, 500])
    expect([...overlay.part]).toEqual([0, 0, 1])
    expect([...overlay.rows]).toEqual([3, 1, 5])
    expect(beyondHalfCourt(overlay.y)).toBe(1)
    expect(beyondHalfCourt(Float64Array.of(422.5, 423, Number.NaN))).toBe(1)
  })
})

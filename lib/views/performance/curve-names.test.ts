import { describe, expect, it } from 'vitest'
import { curveNames } from './curve-names'

describe('curveNames', () => {
  it('lists the curves by their names, the legend the PNG shows', () => {
    expect(curveNames([{ name: 'Dev (AUC 0.599)' }, { name: 'Prod (AUC 0.548)' }])).toBe(
      'Dev (AUC 0.599), Prod (AUC 0.548).',
    )
    expect(curveNames([{ x: [] }, { name: 'Prod (AP 0.351)' }])).toBe('Prod (AP 0.351).')
    expect(curveNames([])).toBe('')
  })
})

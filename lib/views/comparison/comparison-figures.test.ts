import { expect, test } from 'vitest'
import type { ComparedModel } from '../../site-data/comparison/comparison-types'
import { testFigureContext } from '../performance/fixtures/figure-context'
import { comparedSide } from './compared-performance'
import { comparisonPrFigure, comparisonRocFigure } from './comparison-figures'

const ctx = testFigureContext()

// a registered model name is store text: Plotly must show it, never read it as markup
const HOSTILE = '<a href="javascript:alert(1)">champion</a>'
const model = { key: 'm/1', name: HOSTILE } as ComparedModel

test('model names reach the legend and the hover text as literal characters', () => {
  const side = comparedSide(
    model,
    'prod',
    new Float64Array([0, 1, 0, 1]),
    new Float64Array([0.1, 0.8, 0.4, 0.35]),
    new Uint32Array([0, 1, 2, 3]),
  )!
  expect(side.roc_auc).toBe(0.75)
  for (const figure of [
    comparisonRocFigure([{ side, color: 'red' }], ctx),
    comparisonPrFigure([{ side, color: 'red' }], ctx),
  ]) {
    const trace = figure.data.at(-1) as { name: string; hovertemplate: string }
    expect(trace.name).toContain('&lt;a href="javascript:alert(1)"&gt;champion&lt;/a&gt;')
    expect(trace.hovertemplate).toContain('<extra>&lt;a href=')
    expect(JSON.stringify(figure)).not.toContain('<a href')
  }
})

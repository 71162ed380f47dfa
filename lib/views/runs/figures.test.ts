import { describe, expect, it } from 'vitest'
import { KOBE_RUNS, makeRun } from './fixtures/kobe-runs'
import { metricComparisonFigure } from './metric-comparison-figure'
import { metricHistoryFigure } from './metric-history-figure'

const labels = { metric: 'cv_log_loss', step: 'Step', time: 'Time' }

describe('metricHistoryFigure', () => {
  it('draws value against step, with NaN and infinities as gaps', () => {
    const figure = metricHistoryFigure(
      {
        step: [1, 2, 3, 4],
        timestamp: [0, 1, 2, 3],
        value: [0.69, Number.NaN, 0.66, Infinity],
        totalPoints: 4,
        downsampled: false,
      },
      labels,
    )
    expect(figure.xAxis).toBe('step')
    expect(figure.nonFinite).toBe(2)
    expect(figure.data[0]).toMatchObject({
      type: 'scatter',
      x: [1, 2, 3, 4],
      y: [0.69, null, 0.66, null],
      mode: 'lines+markers',
    })
    expect(figure.layout).toMatchObject({
      xaxis: { title: { text: 'Step' }, type: 'linear' },
      yaxis: { title: { text: 'cv_log_loss' } },
    })
  })

  it('draws against time when every point has the same step', () => {
    const figure = metricHistoryFigure(
      {
        step: [0, 0],
        timestamp: [1733000013000, 1733000015000],
        value: [0.9, 0.7],
        totalPoints: 2,
        downsampled: false,
      },
      labels,
    )
    expect(figure.xAxis).toBe('time')
    expect(figure.data[0]).toMatchObject({
      x: ['2024-11-30T20:53:33.000Z', '2024-11-30T20:53:35.000Z'],
    })
  })

  it('is empty when no value is finite', () => {
    const figure = metricHistoryFigure(
      {
        step: [0, 1],
        timestamp: [0, 1],
        value: [Number.NaN, Infinity],
        totalPoints: 2,
        downsampled: false,
      },
      labels,
    )
    expect(figure.data).toEqual([{ type: 'scatter', x: [], y: [] }])
  })
})

describe('metricComparisonFigure', () => {
  it('draws one bar per run with a finite value and names the others', () => {
    const runs = [
      ...KOBE_RUNS,
      makeRun({ id: 'bad', name: 'diverged', metrics: { log_loss: Infinity } }),
    ]
    const figure = metricComparisonFigure(runs, 'log_loss', (v) => v.toFixed(4))
    expect(figure.data[0]).toMatchObject({
      type: 'bar',
      x: [
        'Treinamento',
        'Treinamento - LogisticRegression',
        'Treinamento - DecisionTree',
        'PipelineAplicacao',
      ],
      y: [0.6769140808861872, 0.6769140808861872, 0.6744838854906345, 0.6283769593185963],
      text: ['0.6769', '0.6769', '0.6745', '0.6284'],
      customdata: ['train', 'lr', 'dt', 'apply'],
    })
    expect(figure.missing).toEqual(['PreparacaoDados', 'diverged'])
    expect(figure.layout).toMatchObject({
      yaxis: { title: { text: 'log_loss' }, rangemode: 'tozero' },
    })
  })

  it('shows markup in a metric key and a run name literally, never as a link', () => {
    const key = '<a href="https://evil.example">loss</a>'
    const runs = [makeRun({ id: 'x', name: '<b>run</b> & co', metrics: { [key]: 0.5 } })]
    const figure = metricComparisonFigure(runs, key, (v) => v.toFixed(1))
    expect(figure.data[0]).toMatchObject({ x: ['&lt;b&gt;run&lt;/b&gt; &amp; co'] })
    expect(figure.layout).toMatchObject({
      yaxis: { title: { text: '&lt;a href="https://evil.example"&gt;loss&lt;/a&gt;' } },
    })
    expect(JSON.stringify(figure)).not.toContain('<a href')
  })
})

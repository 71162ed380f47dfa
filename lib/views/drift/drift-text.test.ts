import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import {
  datasetVerdictSentence,
  methodName,
  ruleSentence,
  ruleText,
  rowVerdictText,
} from './drift-verdict-text'
import { formatPValue, formatStatistic } from './format-drift-number'
import { supportCell, supportSentence } from './support-text'
import { driftRowFixture } from './test-rows'

const en = createTranslator('en')
const pt = createTranslator('pt-BR')
const verdict = {
  driftedCount: 4,
  columnCount: 6,
  share: 4 / 6,
  driftShare: 0.5,
  datasetDrift: true,
}

describe('dataset verdict', () => {
  it('says how many features drifted and the share against drift_share', () => {
    expect(datasetVerdictSentence(verdict, en, 'en')).toBe(
      'Dataset drift: 4 of 6 features drifted (share 0.67 ≥ 0.5).',
    )
    expect(datasetVerdictSentence(verdict, pt, 'pt-BR')).toBe(
      'Desvio no conjunto de dados: 4 de 6 variáveis com desvio (proporção 0,67 ≥ 0,5).',
    )
    const calm = { ...verdict, driftedCount: 1, share: 1 / 6, datasetDrift: false }
    expect(datasetVerdictSentence(calm, en, 'en')).toBe(
      'No dataset drift: 1 of 6 features drifted (share 0.17 < 0.5).',
    )
  })
})

describe('rules', () => {
  it('writes each direction as a formula', () => {
    expect(ruleText({ method: 'wasserstein', threshold: 0.1 }, en, 'en')).toBe('score ≥ 0.1')
    expect(ruleText({ method: 'ks', threshold: 0.05 }, en, 'en')).toBe('p ≤ 0.05')
    expect(ruleText({ method: 'chisquare', threshold: 0.05 }, pt, 'pt-BR')).toBe('p < 0,05')
  })

  it('names Evidently’s size-dependent defaults with the reference size', () => {
    const large = ruleSentence('auto', [driftRowFixture()], 0.5, en, 'en')
    expect(large).toMatch(
      /^Evidently-compatible defaults for a reference of 4,057 dev shots \(more than 1000\): normed Wasserstein distance ≥ 0\.1/,
    )
    expect(large).toContain('Integer columns with at most 10 distinct values count as categorical.')
    expect(large).toMatch(/at least 0\.5 \(Evidently’s drift_share\)\.$/)
    const small = ruleSentence('auto', [driftRowFixture({ refCount: 635 })], 0.5, en, 'en')
    expect(small).toMatch(
      /reference of 635 dev shots \(1000 or fewer\): Kolmogorov-Smirnov p ≤ 0\.05/,
    )
  })

  it('names a fixed method, its default threshold and, for K-S, the numerical-only limit', () => {
    expect(ruleSentence('psi', [], 0.5, en, 'en')).toBe(
      'PSI (population stability index) for every feature; drift when score ≥ 0.1 (the test’s default threshold). The dataset drifts when the share of drifted features is at least 0.5 (Evidently’s drift_share).',
    )
    expect(ruleSentence('ks', [], 0.5, en, 'en')).toContain(
      'drift when p ≤ 0.05 (the test’s default threshold). It applies to numerical columns only',
    )
  })

  it('puts statistic, rule and verdict in a chart subtitle', () => {
    expect(rowVerdictText(driftRowFixture(), en, 'en')).toBe(
      'Normed Wasserstein distance 2.04 (drift when score ≥ 0.1): drifted',
    )
    const period = driftRowFixture({
      method: 'jensenshannon',
      statistic: 0.07765077324311981,
      drifted: false,
    })
    expect(rowVerdictText(period, pt, 'pt-BR')).toBe(
      'Distância de Jensen-Shannon 0,0777 (desvio quando valor ≥ 0,1): sem desvio',
    )
    expect(methodName('auto', en)).toBe('Evidently auto')
  })
})

describe('numbers', () => {
  it('writes p-values plainly, in scientific notation when tiny, ≈ 0 on underflow', () => {
    expect(formatPValue('en', 0.3094717852179775)).toBe('0.309')
    expect(formatPValue('en', 3.382976023714984e-104)).toBe('3.4E-104')
    expect(formatPValue('pt-BR', 3.382976023714984e-104)).toBe('3,4E-104')
    expect(formatPValue('en', 0)).toBe('≈ 0')
    expect(formatPValue('en', 4.01971210536825e-30)).toBe('4.0E-30')
    expect(formatStatistic('en', 11.577148628148336, false)).toBe('11.6')
    expect(formatStatistic('en', 2.004769361852826, false)).toBe('2.00')
    expect(formatStatistic('pt-BR', 0, false)).toBe('0,00')
  })
})

describe('support coverage', () => {
  it('tells the extrapolation story when much of prod lies outside the dev range', () => {
    expect(supportSentence(driftRowFixture(), en, 'en')).toBe(
      '96.7% of prod shot_distance values (6,216 of 6,426 shots) lie outside the dev central 99% range [0, 21] ft, and 89.3% beyond the dev minimum and maximum [0, 26] ft: there the model extrapolates beyond the shots it was trained on.',
    )
    expect(supportCell(driftRowFixture(), en, 'en')).toEqual([
      '96.7% outside the central 99%',
      '89.3% outside [min, max]',
    ])
  })

  it('stays silent below 10 % outside, and counts unseen categories', () => {
    const row = driftRowFixture()
    const inside = driftRowFixture({
      support: {
        ...(row.support as Extract<typeof row.support, { kind: 'range' }>),
        outsideCentralShare: 0.002,
      },
    })
    expect(supportSentence(inside, en, 'en')).toBeNull()
    const categories = driftRowFixture({
      column: 'opponent',
      curCount: 200,
      support: { kind: 'categories', unseen: ['NOP', 'BKN'], outside: 50, outsideShare: 0.25 },
    })
    expect(supportCell(categories, en, 'en')).toEqual(['25.0% in unseen categories'])
    expect(supportSentence(categories, en, 'en')).toBe(
      '25.0% of prod opponent values (50 of 200 shots) fall in categories dev never had (NOP, BKN): the model never saw them in training.',
    )
  })
})

import { expect, test } from 'vitest'
import type { ChunkResult } from '../../monitoring/chunk-report'
import { assessHealth } from '../overview/health-verdict'
import { verdictSentence } from '../overview/verdict-text'
import { createTranslator } from '../../i18n/translate'
import { textReason } from '../../monitoring/reason'
import { signalEvidence } from './signal-evidence'

const chunks = [{ chunking: 'season' }, { chunking: 'month' }] as ChunkResult[]

test('each signal opens the view holding its evidence', () => {
  const base = { triggered: true, cause: 'c', reason: textReason('c') }
  expect(signalEvidence({ ...base, kind: 'reactive', evidence: ['/metrics/dev'] }, chunks)).toEqual(
    { path: '/performance/', query: '' },
  )
  expect(signalEvidence({ ...base, kind: 'reactive', evidence: ['/chunks/1'] }, chunks)).toEqual({
    path: '/timeline/',
    query: 'chunks=month',
  })
  expect(
    signalEvidence({ ...base, kind: 'predictive', evidence: ['/dataset_drift'] }, chunks),
  ).toEqual({ path: '/drift/', query: '' })
})

test('the health verdict counts the fired signals: reactive is critical, predictive a warning', () => {
  const verdict = (signals: { kind: 'reactive' | 'predictive'; triggered: boolean }[]) =>
    assessHealth({ threshold: 0.5, dev: null, prod: null, drift: null, signals })
  const fired = verdict([
    { kind: 'reactive', triggered: true },
    { kind: 'predictive', triggered: true },
    { kind: 'predictive', triggered: false },
  ])
  expect(fired.findings.at(-1)).toEqual({
    kind: 'retrain',
    reactive: 1,
    predictive: 1,
    severity: 'critical',
  })
  expect(fired.evidence).toContain('/timeline/')
  expect(verdictSentence(fired, createTranslator('en'), 'en')).toContain(
    'retrain: 1 reactive and 1 predictive signals fired',
  )
  expect(verdict([{ kind: 'predictive', triggered: true }]).findings.at(-1)?.severity).toBe(
    'warning',
  )
  const quiet = verdict([{ kind: 'reactive', triggered: false }])
  expect(quiet.findings.at(-1)?.severity).toBe('ok')
  expect(verdictSentence(quiet, createTranslator('pt-BR'), 'pt-BR')).toContain(
    'nenhum sinal de retreino disparou',
  )
  // no report: no finding
  expect(
    assessHealth({ threshold: 0.5, dev: null, prod: null, drift: null }).findings.map(
      (f) => f.kind,
    ),
  ).toEqual(['unavailable', 'unavailable'])
})

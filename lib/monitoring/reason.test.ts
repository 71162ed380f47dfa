import { beforeAll, describe, expect, it } from 'vitest'
import { formatNumber } from '../i18n/format-number'
import { readPredictionsInput } from '../site-data/predictions/read-predictions-input'
import { buildMonitoringReport, type MonitoringReport } from './monitoring-report'
import { reason, reasonText, type Reason } from './reason'
import { monitorDatasets } from './read-monitor-datasets'

let report: MonitoringReport

beforeAll(async () => {
  const dev = await readPredictionsInput('data/output/predictions_dev.parquet')
  const prod = await readPredictionsInput('data/output/predictions_prod.parquet')
  if (dev.status !== 'read' || prod.status !== 'read') throw new Error('run npm run pipeline')
  const sets = monitorDatasets(dev, prod)
  report = buildMonitoringReport(sets.dev, sets.prod, { model: null, draws: 20 })
}, 120_000)

/** Every coded reason in the report, outermost ones only (nested ones render inside them). */
function reasonsOf(value: unknown, out: Reason[] = []): Reason[] {
  if (Array.isArray(value)) for (const v of value) reasonsOf(v, out)
  else if (value && typeof value === 'object') {
    if (typeof (value as Reason).code === 'string') out.push(value as Reason)
    else for (const v of Object.values(value)) reasonsOf(v, out)
  }
  return out
}

describe('monitoring reasons on the Kobe data', () => {
  it('give the English sentences of the report and of the run tags (one renderer)', () => {
    for (const s of report.signals) expect(s.cause).toBe(reasonText(s.reason))
    expect(report.verdict.sentence).toBe(reasonText(report.verdict.reason))
    expect(report.estimate.validity!.verdict).toBe(
      reasonText(report.estimate.validity!.verdictReason),
    )
    expect(report.chunk_notes).toEqual(report.chunk_note_reasons.map((r) => reasonText(r)))
  })

  it('render the F1 collapse, the drift share and a tiny chunk in Brazilian Portuguese', () => {
    const dev = report.metrics.dev.values.f1_score!
    expect(dev).toBeCloseTo(0.5249, 4)
    expect(report.metrics.prod.values.f1_score).toBe(0)
    const devProd = report.signals[0]!
    expect(reasonText(devProd.reason, 'pt-BR')).toBe(
      `f1_score piorou 100,0% de dev (${formatNumber('pt-BR', dev, { maximumFractionDigits: 4 })}) ` +
        'para produção (0), mais que os 15% permitidos',
    )
    const drift = report.signals.find((s) => s.reason.code === 'signal.datasetDrift')!
    expect(reasonText(drift.reason, 'pt-BR')).toBe(
      'desvio do conjunto: 4 de 6 variáveis com desvio (67%, na fração de 50% ou acima): ' +
        'lat, lng, minutes_remaining, shot_distance',
    )
    // 2013-14: 16 shots, 12 labelled
    const tiny = report.chunks.find((c) => c.chunking === 'season' && c.key === '2013-14')!
    expect(tiny.labelled).toBe(12)
    expect(reasonText(tiny.realised.reasons!.f1_score!, 'pt-BR')).toBe(
      'o bloco 2013-14 (temporada) de data/output/predictions_prod.parquet tem 12 linhas ' +
        'rotuladas, menos que as 30 que um bloco exige',
    )
    const validity = reasonText(report.estimate.validity!.verdictReason, 'pt-BR')
    expect(validity).toMatch(
      /^A estimativa sem rótulos não é confiável aqui: 97% das linhas de produção/,
    )
    expect(validity).toContain('os 99% centrais de dev vão de 33,8303 a 34,0683')
  })

  it('leave no placeholder unfilled and no English clause behind in pt-BR', () => {
    const all = reasonsOf(report)
    expect(all.length).toBeGreaterThan(100)
    for (const r of all) {
      const pt = reasonText(r, 'pt-BR')
      expect(pt, r.code).not.toMatch(/\{[A-Za-z]+\}/)
      expect(pt, r.code).not.toMatch(/\b(has|fewer than|degraded|cannot|drifted)\b/)
    }
  })

  it('insert data text as it is and lists by language', () => {
    const r = reason('slice.fewRows', {
      column: 'opponent',
      value: '<b>NYK</b>',
      count: 1234,
      what: reason('subject.prod', { file: 'p.parquet' }),
      min: 30,
    })
    expect(reasonText(r)).toBe(
      'opponent = <b>NYK</b> has 1,234 labelled rows in prod (p.parquet), fewer than the 30 a slice needs',
    )
    expect(reasonText(r, 'pt-BR')).toContain('tem 1.234 linhas rotuladas em produção (p.parquet)')
  })
})

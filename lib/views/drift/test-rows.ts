import type { DriftRow } from '../../drift/drift-table'

/**
 * Test helper: a drift row shaped like the Kobe build's shot_distance row (normed Wasserstein
 * 2.04, 96.7 % of 6,426 prod shots outside the dev central 99 % range), with overrides.
 */
export function driftRowFixture(overrides: Partial<DriftRow> = {}): DriftRow {
  return {
    column: 'shot_distance',
    type: 'numerical',
    dtype: 'int',
    distinct: 70,
    method: 'wasserstein',
    methodLabel: 'Wasserstein distance (normed)',
    statistic: 2.0397012323433104,
    threshold: 0.1,
    direction: 'score_at_or_above',
    rule: 'score >= 0.1',
    drifted: true,
    refCount: 4057,
    curCount: 6426,
    dropped: { reference: 0, current: 0 },
    alternatives: {
      psi: 11.577148628148336,
      jensenshannon: 0.802160812796045,
      ks_statistic: 0.9792302975472226,
      ks_p_value: 0,
      wasserstein_normed: 2.0397012323433104,
    },
    support: {
      kind: 'range',
      referenceMin: 0,
      referenceMax: 26,
      below: 0,
      above: 5736,
      outsideShare: 5736 / 6426,
      centralLow: 0,
      centralHigh: 21,
      outsideCentral: 6216,
      outsideCentralShare: 6216 / 6426,
    },
    summary: null,
    ...overrides,
  }
}

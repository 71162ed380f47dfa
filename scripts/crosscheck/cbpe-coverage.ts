/**
 * Coverage of the CBPE 95 % interval on synthetic data without drift
 * (lib/monitoring/fixtures/synthetic-shots): for each prod size and seed, a fresh dev reference
 * and a fresh prod set, the estimate's interval against the realised metric. Prints the share
 * of seeds whose realised value lies inside, per metric and size.
 *
 *   npx tsx scripts/crosscheck/cbpe-coverage.ts --seeds 40 --sizes 1000,10000,100000,1000000
 */
import { parseArgs } from 'node:util'
import { ESTIMATED_METRICS, estimatePerformance, fitCbpe } from '../../lib/monitoring/cbpe-estimate'
import { realisedEstimated, syntheticShots } from '../../lib/monitoring/fixtures/synthetic-shots'

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '40' },
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    dev: { type: 'string', default: '4000' },
    draws: { type: 'string', default: '200' },
  },
})
const seeds = Number(values.seeds)
const devRows = Number(values.dev)
const draws = Number(values.draws)
console.log(`dev ${devRows} rows, ${draws} draws, ${seeds} seeds per size`)
console.log(['prod rows', ...ESTIMATED_METRICS, 'mean F1 width'].join('\t'))
for (const n of values.sizes.split(',').map(Number)) {
  const inside = Object.fromEntries(ESTIMATED_METRICS.map((m) => [m, 0]))
  let width = 0
  for (let s = 0; s < seeds; s++) {
    const dev = syntheticShots(devRows, 1000 + s)
    const prod = syntheticShots(n, 5000 + s)
    const e = estimatePerformance(fitCbpe(dev, { seed: s, draws }), prod.score, 'prod')
    const truth = realisedEstimated(prod.y, prod.score)
    for (const m of ESTIMATED_METRICS) {
      const [lo, hi] = e.interval[m]!
      if (truth[m] >= lo && truth[m] <= hi) inside[m]!++
    }
    width += e.interval.f1_score![1] - e.interval.f1_score![0]
  }
  console.log(
    [
      n,
      ...ESTIMATED_METRICS.map((m) => (inside[m]! / seeds).toFixed(3)),
      (width / seeds).toFixed(4),
    ].join('\t'),
  )
}

/**
 * Builds the site on generated predictions in a scratch copy of the tree, and keeps it, for
 * measure-view.ts (or any measurement of one view at scale) without the whole bench:ui run:
 *
 *   npx tsx scripts/bench-ui/build-generated-tree.ts <folder> [--rows 1000000] [--dev-rows N]
 *
 * `<folder>/tree` is the built copy (its out/ is the site); the generated files stay in
 * `<folder>` and are reused when present, so rebuilding after a code change only copies and
 * builds. The seeds are bench:ui's, so the rows are the same as its generated run.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { argNumber } from '../arg-number'
import { buildTree, copyTree, patchNextConfig } from './build-tree'
import { generatePredictions } from './generate-predictions'

const folder = process.argv[2]
if (!folder || folder.startsWith('--'))
  throw new Error('usage: build-generated-tree.ts <folder> [--rows N] [--dev-rows N]')
const root = process.cwd()
const rows = argNumber('rows', 1_000_000)
const devRows = argNumber('dev-rows', Math.min(rows, 200_000))
const work = resolve(folder)
mkdirSync(work, { recursive: true })
const dev = join(work, `generated_predictions_dev_${devRows}.parquet`)
const prod = join(work, `generated_predictions_prod_${rows}.parquet`)
if (!existsSync(dev))
  await generatePredictions(resolve(root, 'data/output/predictions_dev.parquet'), dev, devRows, 11)
if (!existsSync(prod))
  await generatePredictions(resolve(root, 'data/output/predictions_prod.parquet'), prod, rows, 7)
const tree = join(work, 'tree')
copyTree(root, tree)
patchNextConfig(tree, root)
const build = await buildTree(
  tree,
  { MONITOR_PREDICTIONS_DEV: dev, MONITOR_PREDICTIONS_PROD: prod },
  (line) => console.log(line),
)
for (const step of [build.buildData, build.nextBuild]) {
  if (step && step.exitCode !== 0) throw new Error(`${step.command} exited ${step.exitCode}`)
}
console.log(`built ${tree}/out (${rows.toLocaleString('en')} prod rows); serve or measure it:`)
console.log(`  npx tsx scripts/bench-ui/measure-view.ts ${tree}`)

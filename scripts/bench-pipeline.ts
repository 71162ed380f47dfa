/**
 * npm run bench:pipeline: runs the whole pipeline into a temporary folder (nothing in the
 * project is touched) and prints the time of each stage and the peak resident memory.
 * Reads the Kobe files from KOBE_DATA_DIR (default ../shared/data/kobe). Pass --runs <n> to
 * repeat (the first run includes module warm-up).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runPipeline } from '@/lib/pipeline/run-pipeline'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const runs = Math.max(1, Number(values.runs) || 1)
const dataDir = process.env.KOBE_DATA_DIR ?? path.resolve('..', 'shared', 'data', 'kobe')

console.log(`node ${process.version}, ${os.cpus().length} CPUs, data ${dataDir}`)
for (let r = 1; r <= runs; r++) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kobe-bench-'))
  const started = performance.now()
  const result = await runPipeline({ projectDir: work, dataDir, env: {} })
  const total = performance.now() - started
  console.log(`run ${r}: ${total.toFixed(0)} ms total`)
  for (const t of result.timings) {
    console.log(
      `  ${t.stage.padEnd(18)} ${t.ms.toFixed(0).padStart(6)} ms   RSS ${t.rssMb.toFixed(0)} MB`,
    )
  }
  await rm(work, { recursive: true, force: true })
}
// maxRSS is in kilobytes: the peak of the whole process, module loading included
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

/** Readable tables for one benchmarked data set. */
import type { TreeBuild } from './build-tree'
import type { Latency, ViewLoad } from './measure-views'

export interface DatasetReport {
  label: string
  devRows: number
  prodRows: number
  build: TreeBuild
  loads: ViewLoad[]
  latencies: Latency[]
  problems: string[]
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`
const mb = (b: number | null) => (b === null ? '–' : `${(b / 1024 / 1024).toFixed(0)} MB`)
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(0)} ms`)

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function formatReport(r: DatasetReport): string {
  const b = r.build
  const out: string[] = []
  out.push(
    `\n=== ${r.label}: dev ${r.devRows.toLocaleString('en')} rows, prod ${r.prodRows.toLocaleString('en')} rows ===`,
  )
  const steps = [b.buildData, b.nextBuild].filter((m) => m !== null)
  out.push(
    table(
      ['build step', 'time', 'peak RSS (largest process)', 'peak RSS (process tree)', 'exit'],
      steps.map((m) => [
        m.command.includes('build-data') ? 'build-data' : 'next build',
        s(m.ms),
        mb(m.peakRssBytes),
        mb(m.peakTreeRssBytes),
        String(m.exitCode),
      ]),
    ),
  )
  out.push(
    `out/data: ${kb(b.outDataBytes)} in ${b.outData.length} files; largest: ` +
      b.outData
        .slice(0, 4)
        .map((f) => `${f.file} ${kb(f.bytes)}`)
        .join(', '),
  )
  if (r.loads.length > 0) {
    out.push('')
    out.push(
      table(
        [
          'view',
          'ready (median)',
          'ready (each load)',
          'JS',
          'data',
          'other',
          'requests',
          'figures',
        ],
        r.loads.map((l) => [
          l.view,
          ms(l.readyMs),
          l.readyAll.map((v) => (v === null ? '–' : v.toFixed(0))).join('/'),
          kb(l.jsBytes),
          kb(l.dataBytes),
          kb(l.otherBytes),
          String(l.requests),
          String(l.figures),
        ]),
      ),
    )
  }
  if (r.latencies.length > 0) {
    // issue 11: < 100 ms at 1,000,000 prod rows, and the Kobe data keeps < 50 ms
    const target = r.prodRows > 100_000 ? 100 : 50
    out.push('')
    out.push(
      table(
        [
          'view',
          'change',
          'commit (median)',
          'painted (median)',
          'target',
          'met',
          'painted (each)',
          'timeouts',
        ],
        r.latencies.map((l) => [
          l.view,
          l.change,
          ms(l.commitMs),
          ms(l.frameMs),
          `< ${target} ms`,
          l.frameMs === null ? '–' : l.frameMs < target ? 'yes' : 'NO',
          l.samples.map((x) => x.frame.toFixed(0)).join('/'),
          String(l.timeouts),
        ]),
      ),
    )
  }
  const errors = r.loads.flatMap((l) => l.errors.map((e) => `${l.view}: ${e}`))
  for (const p of [...r.problems, ...errors]) out.push(`problem: ${p.slice(0, 400)}`)
  return out.join('\n')
}

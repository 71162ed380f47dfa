import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '@/lib/site-data/build-site'
import type { BuildReport } from '@/lib/site-data/build-report/build-report-types'
import {
  BUILD_REPORT_FILE,
  parseBuildReport,
} from '@/lib/site-data/build-report/parse-build-report'
import { filesAfter } from '@/lib/site-data/build-virtual-site'
import { memorySiteSink, siteJson } from '@/lib/site-data/site-file-sink'
import { JSDOM } from 'jsdom'

// A DOM for React, and nothing else (see components/data/use-site-file.test.ts).
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const { act, renderHook, waitFor } = await import('@testing-library/react')
const { useMonitoringSite } = await import('./use-monitoring-site')
const { useSiteFile } = await import('@/components/data/use-site-file')
const opened = await import('@/components/project/opened-project')

// A real build of a project folder, as the page's worker runs it: the files handed over when
// the dashboard is written (build-report.json without monitoring's problems), then the rest.
const FIXTURE = join(__dirname, '../../lib/predictions/fixtures')
let root: string
let early: Map<string, Uint8Array>
let final: Map<string, Uint8Array>
let finalReport: BuildReport

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'use-monitoring-site-'))
  await copyFile(join(FIXTURE, 'ours.parquet'), join(root, 'predictions_dev.parquet'))
  // a prod file without a probability column: the monitoring report has a problem of its own
  await copyFile(join(FIXTURE, 'no-probability.parquet'), join(root, 'predictions_prod.parquet'))
  const sink = memorySiteSink()
  const build = await buildSite({ MONITOR_PROJECT: root }, root, sink, undefined, ({ report }) => {
    early = new Map(sink.files)
    early.set(BUILD_REPORT_FILE, new TextEncoder().encode(siteJson(report)))
  })
  final = sink.files
  finalReport = build.report
})
afterAll(() => rm(root, { recursive: true, force: true }))

const project = (id: string): import('@/components/project/opened-project').OpenedProject => ({
  id,
  name: 'my-project',
  files: new Map(early),
  summary: [],
  millis: 1000,
})
const later = () => filesAfter(early, final)

describe('useMonitoringSite: an opened project shows its dashboard before its monitoring report', () => {
  it('is computing, then the report fills in; the build report gets monitoring’s problems', async () => {
    expect(finalReport.counts.monitoring).toBeGreaterThan(0)
    const shown = project('computing')
    act(() => opened.setOpenedProject(shown, { status: 'computing', since: 0 }))
    const seen: string[] = []
    const { result } = renderHook(() => {
      const monitoring = useMonitoringSite()
      const report = useSiteFile(BUILD_REPORT_FILE, parseBuildReport)
      seen.push(`${monitoring.status}/${report.status}`)
      return { monitoring, report }
    })
    await waitFor(() => expect(result.current.report.status).toBe('ready'))
    expect(result.current.monitoring).toEqual({ status: 'computing', since: 0 })
    const before = result.current.report
    if (before.status !== 'ready') throw new Error('not ready')
    expect(before.value.counts.monitoring).toBe(0)
    expect(shown.files.has('data/monitoring.json')).toBe(false)

    act(() => opened.receiveMonitoring(shown, later(), 4321))
    await waitFor(() => expect(result.current.monitoring.status).toBe('ready'))
    await waitFor(() => {
      const r = result.current.report
      expect(r.status === 'ready' && r.value.counts.monitoring).toBe(finalReport.counts.monitoring)
    })
    const m = result.current.monitoring
    if (m.status !== 'ready') throw new Error('not ready')
    expect(m.value.problem).toBeNull()
    expect(m.value.report?.metrics).toBeDefined()
    const r = result.current.report
    if (r.status !== 'ready') throw new Error('not ready')
    expect(r.value.problems.filter((p) => p.step === 'monitoring')).toEqual(
      finalReport.problems.filter((p) => p.step === 'monitoring'),
    )
    // the old build report stays on screen until the new one is read: never back to loading
    const firstReady = seen.findIndex((s) => s.endsWith('/ready'))
    expect(seen.slice(firstReady).filter((s) => s.endsWith('/loading'))).toEqual([])
    expect(opened.monitoringState()).toEqual({ status: 'ready', millis: 4321 })
  })

  it('says why when the worker stopped before writing the report', async () => {
    const shown = project('failed')
    act(() => opened.setOpenedProject(shown, { status: 'computing', since: 0 }))
    const { result } = renderHook(() => useMonitoringSite())
    expect(result.current.status).toBe('computing')
    act(() => opened.failMonitoring(shown, 'out of memory'))
    expect(result.current).toEqual({ status: 'failed', error: 'out of memory' })
    // a late message of another project changes nothing here
    act(() => opened.receiveMonitoring(project('other'), later()))
    expect(result.current).toEqual({ status: 'failed', error: 'out of memory' })
  })

  it('a project kept before its report was done comes back unfinished; one kept after, ready', async () => {
    act(() => opened.finishRestore(project('kept-early'), false))
    const { result } = renderHook(() => useMonitoringSite())
    expect(result.current).toEqual({ status: 'unfinished' })
    const done = project('kept-late')
    for (const [file, bytes] of later()) done.files.set(file, bytes)
    act(() => opened.finishRestore(done, true))
    await waitFor(() => expect(result.current.status).toBe('ready'))
  })

  it('the site’s own data: the file as it is', () => {
    act(() => opened.setOpenedProject(null, { status: 'computing', since: 0 }))
    expect(opened.monitoringState()).toEqual({ status: 'ready' })
  })
})

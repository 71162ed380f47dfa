import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSiteInputs } from '@/lib/site-data/load-site-inputs'
import { buildPredictionsSnapshot } from '@/lib/site-data/predictions/build-predictions-snapshot'
import { parseRows } from '@/lib/site-data/predictions/parse-rows'
import { parseSnapshot, SNAPSHOT_FILE } from '@/lib/site-data/predictions/parse-snapshot'
import { memorySiteSink } from '@/lib/site-data/site-file-sink'
import { JSDOM } from 'jsdom'
import { useSiteFile } from './use-site-file'

// A DOM for React, and nothing else: vitest's jsdom environment also swaps the typed-array
// globals, and hyparquet then refuses the bytes Node's fetch returns.
const dom = new JSDOM('<!doctype html><html><body></body></html>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true })
const { act, renderHook, waitFor } = await import('@testing-library/react')
const { setOpenedProject } = await import('@/components/project/opened-project')

// The build step writes a real site folder; a plain static server serves it as the site would.
const FIXTURE = join(__dirname, '../../lib/predictions/fixtures/ours.parquet')
let root: string
let server: Server
const requests: string[] = []

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'use-site-file-'))
  const inputs = await loadSiteInputs({ dev: FIXTURE, prod: FIXTURE, tracking: null })
  await buildPredictionsSnapshot({ ...inputs, outDir: join(root, 'data') })
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname)
    requests.push(path)
    readFile(join(root, path)).then(
      (bytes) => response.end(bytes),
      () => response.writeHead(404, 'Not Found').end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // siteUrl() prefixes every site path with the base path: here, the test server
  process.env.NEXT_PUBLIC_BASE_PATH = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  delete process.env.NEXT_PUBLIC_BASE_PATH
  await new Promise((resolve) => server.close(resolve))
  await rm(root, { recursive: true, force: true })
})

const count = (path: string) => requests.filter((r) => r === path).length

describe('useSiteFile', () => {
  it('fetches and parses a file once for every hook that asks, and shares the value', async () => {
    const first = renderHook(() => useSiteFile(SNAPSHOT_FILE, parseSnapshot))
    const second = renderHook(() => useSiteFile(SNAPSHOT_FILE, parseSnapshot))
    expect(first.result.current).toEqual({ status: 'loading' })
    await waitFor(() => expect(first.result.current.status).toBe('ready'))
    await waitFor(() => expect(second.result.current.status).toBe('ready'))
    const a = first.result.current
    const b = second.result.current
    if (a.status !== 'ready' || b.status !== 'ready') throw new Error('not ready')
    expect(b.value).toBe(a.value)
    expect(a.value.datasets.prod).toMatchObject({ rows: 20, rowsFile: 'data/rows-prod.parquet' })
    expect(count('/data/snapshot.json')).toBe(1)
  })

  it('decodes a rows parquet file from its bytes', async () => {
    const { result } = renderHook(() => useSiteFile('data/rows-dev.parquet', parseRows))
    await waitFor(() => expect(result.current.status).toBe('ready'))
    if (result.current.status !== 'ready') throw new Error('not ready')
    // ours.expected.json: 20 rows, 17 of them labelled
    expect(result.current.value.report).toMatchObject({ rows: 20, labelledRows: 17 })
  })

  it('turns a file from another build into one sentence naming the file and the version', async () => {
    const text = await readFile(join(root, 'data/snapshot.json'), 'utf8')
    await writeFile(join(root, 'data/old.json'), text.replace('"version":2', '"version":1'))
    const { result } = renderHook(() => useSiteFile('data/old.json', parseSnapshot))
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current).toEqual({
      status: 'error',
      error:
        'data/old.json: version 1, this page reads version 2: rebuild the site (npm run build)',
    })
  })

  it('forgets a failed request, so a later mount tries again', async () => {
    const file = 'data/later/snapshot.json'
    const missing = renderHook(() => useSiteFile(file, parseSnapshot))
    await waitFor(() => expect(missing.result.current.status).toBe('error'))
    expect(missing.result.current).toMatchObject({ error: expect.stringMatching(/HTTP 404/) })
    await mkdir(join(root, 'data/later'))
    await writeFile(join(root, file), await readFile(join(root, 'data/snapshot.json')))
    const later = renderHook(() => useSiteFile(file, parseSnapshot))
    await waitFor(() => expect(later.result.current.status).toBe('ready'))
    expect(count(`/${file}`)).toBe(2)
  })

  it('stays loading without a file, and asks for nothing', async () => {
    const before = requests.length
    const { result } = renderHook(() => useSiteFile(null, parseSnapshot))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(result.current).toEqual({ status: 'loading' })
    expect(requests.length).toBe(before)
  })

  it('serves an opened project from memory, switches every hook to it and back, asks the server nothing', async () => {
    // the project's site files as the page's worker builds them: the same builder, into a Map
    const sink = memorySiteSink()
    const other = join(__dirname, '../../lib/predictions/fixtures/compact-types.parquet')
    const inputs = await loadSiteInputs({ dev: other, prod: other, tracking: null })
    await buildPredictionsSnapshot({ ...inputs, sink })
    const { result } = renderHook(() => useSiteFile(SNAPSHOT_FILE, parseSnapshot))
    await waitFor(() => expect(result.current.status).toBe('ready'))
    const rows = () => (result.current.status === 'ready' ? result.current.value.datasets.prod?.rows : null)
    expect(rows()).toBe(20)
    const project = { id: 'p1', name: 'mine', files: sink.files, summary: [], millis: 0 }
    const before = requests.length
    act(() => setOpenedProject(project))
    await waitFor(() => expect(rows()).toBe(16))
    const missing = renderHook(() => useSiteFile('data/runs.json', parseSnapshot))
    await waitFor(() => expect(missing.result.current.status).toBe('error'))
    expect(missing.result.current).toMatchObject({
      error: 'data/runs.json: not built for the opened project mine',
    })
    // while the project is open, nothing is asked of the server
    expect(requests.slice(before)).toEqual([])
    act(() => setOpenedProject(null))
    await waitFor(() => expect(rows()).toBe(20))
  })
})

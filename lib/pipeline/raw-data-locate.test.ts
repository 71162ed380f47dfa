import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closedPortUrl } from './fixtures/closed-port'
import { locateRawData } from './raw-data-locate'
import { sha256File, sha256Hex } from './sha256-file'

const kobeDir =
  process.env.KOBE_DATA_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'kobe')
const tmp = (prefix: string) => mkdtemp(path.join(os.tmpdir(), prefix))

/** A real local HTTP server: /good/ serves the course files, /bad/ wrong bytes, /slow/ never answers. */
let server: Server
let base: string
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const [, mode, name] = req.url!.split('/')
    if (mode === 'slow') return
    if (mode === 'bad') return res.end('<html>not the file</html>')
    try {
      res.end(await readFile(path.join(kobeDir, name!)))
    } catch {
      res.statusCode = 404
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('locateRawData', () => {
  it('prefers the data dir, then data/raw, without downloading', async () => {
    const [dataDir, rawDir] = [await tmp('kobe-a-'), await tmp('kobe-b-')]
    await copyFile(
      path.join(kobeDir, 'dataset_kobe_dev.parquet'),
      path.join(dataDir, 'dataset_kobe_dev.parquet'),
    )
    await copyFile(
      path.join(kobeDir, 'dataset_kobe_prod.parquet'),
      path.join(rawDir, 'dataset_kobe_prod.parquet'),
    )
    const found = await locateRawData({ rawDir, dataDir, download: false })
    expect(found).toEqual({
      dev: path.join(dataDir, 'dataset_kobe_dev.parquet'),
      prod: path.join(rawDir, 'dataset_kobe_prod.parquet'),
      downloaded: [],
    })
  })

  it('downloads missing files into data/raw and checks their SHA-256', async () => {
    const rawDir = await tmp('kobe-dl-')
    const lines: string[] = []
    const found = await locateRawData({
      rawDir,
      download: { baseUrl: `${base}/good/`, timeoutMs: 5000 },
      log: (l) => lines.push(l),
    })
    expect(found.downloaded).toEqual(['dev', 'prod'])
    expect(await sha256File(found.dev)).toBe(
      '3a177adbf7e4ef40cb770940a3aa52ee4880372352d4cf676a94a2d274a36b07',
    )
    expect(await sha256File(found.prod)).toBe(
      '98e4a0c2ed17d350f84fd356bfdcce9b707e931ec37909999489a3d36cf9d05e',
    )
    expect(lines[0]).toBe(
      `dataset_kobe_dev.parquet not found locally, downloading it into ${rawDir}`,
    )
  })

  it('refuses a download whose checksum differs and leaves nothing behind', async () => {
    const rawDir = await tmp('kobe-bad-')
    await expect(
      locateRawData({ rawDir, download: { baseUrl: `${base}/bad/`, timeoutMs: 5000 } }),
    ).rejects.toThrow(
      `${base}/bad/dataset_kobe_dev.parquet: downloaded 25 bytes whose SHA-256 is ` +
        `${sha256Hex(new TextEncoder().encode('<html>not the file</html>'))}, expected ` +
        '3a177adbf7e4ef40cb770940a3aa52ee4880372352d4cf676a94a2d274a36b07; the file was not saved',
    )
    expect(await readdir(rawDir)).toEqual([])
  })

  it('offline: one message naming both folders, the failure and the remedy', async () => {
    const [dataDir, rawDir] = [await tmp('kobe-empty-'), await tmp('kobe-raw-')]
    const offline = await closedPortUrl()
    const error = await locateRawData({
      rawDir,
      dataDir,
      dataDirLabel: 'KOBE_DATA_DIR',
      download: { baseUrl: offline, timeoutMs: 5000 },
    }).catch((e: Error) => e)
    expect((error as Error).message).toBe(
      [
        'Raw data not found: dataset_kobe_dev.parquet, dataset_kobe_prod.parquet.',
        `Looked in ${dataDir} (KOBE_DATA_DIR) and ${rawDir}.`,
        `Download failed: ${offline}dataset_kobe_dev.parquet could not be fetched (fetch failed: ECONNREFUSED).`,
        `Copy dataset_kobe_dev.parquet and dataset_kobe_prod.parquet into ${rawDir}, or set ` +
          'KOBE_DATA_DIR (or --data-dir) to the folder that holds them.',
      ].join('\n'),
    )
  })

  it('reports an HTTP error and a timeout', async () => {
    const rawDir = await tmp('kobe-http-')
    await expect(
      locateRawData({
        rawDir,
        download: { baseUrl: `${base}/missing-folder/nothing/`, timeoutMs: 5000 },
      }),
    ).rejects.toThrow(/nothing\/dataset_kobe_dev\.parquet answered HTTP 404\./)
    await expect(
      locateRawData({ rawDir, download: { baseUrl: `${base}/slow/`, timeoutMs: 300 } }),
    ).rejects.toThrow(`${base}/slow/dataset_kobe_dev.parquet did not answer within 0.3 s.`)
  })
})

import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readParquetFile } from '../parquet/read-parquet-file'
import { loadServedModel, type LoadedModel } from './load-served-model'
import { createScoringServer } from './scoring-server'

const PROD = 'data/output/predictions_prod.parquet'
let loaded: LoadedModel
let features: string[]
let rows: number[][]
let labels: number[]
let scores: number[]
const servers: Server[] = []
let labelUrl = ''
let probaUrl = ''
let tinyUrl = ''

async function start(server: Server): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  loaded = await loadServedModel(undefined, { trackingUri: 'mlruns' })
  features = loaded.model.features
  const table = await readParquetFile(PROD)
  rows = Array.from({ length: table.numRows }, (_, i) =>
    features.map((f) => table.data[f]![i] as number),
  )
  labels = table.data.prediction_label as number[]
  scores = table.data.prediction_score as number[]
  labelUrl = await start(createScoringServer(loaded.model))
  probaUrl = await start(createScoringServer(loaded.model, { predictFn: 'predict_proba' }))
  tinyUrl = await start(createScoringServer(loaded.model, { maxBodyBytes: 1000 }))
})
afterAll(() => servers.forEach((s) => s.close()))

const post = (url: string, body: string, type = 'application/json') =>
  fetch(`${url}/invocations`, { method: 'POST', headers: { 'Content-Type': type }, body })

const records = () => rows.map((r) => Object.fromEntries(features.map((f, j) => [f, r[j]])))
const payloads: Record<string, () => [string, string]> = {
  dataframe_split: () => [
    JSON.stringify({ dataframe_split: { columns: features, data: rows } }),
    'application/json',
  ],
  dataframe_records: () => [JSON.stringify({ dataframe_records: records() }), 'application/json'],
  instances: () => [JSON.stringify({ instances: rows }), 'application/json; charset=utf-8'],
  'inputs (records)': () => [JSON.stringify({ inputs: records() }), 'application/json'],
  'inputs (columns)': () => [
    JSON.stringify({
      inputs: Object.fromEntries(features.map((f, j) => [f, rows.map((r) => r[j])])),
      params: { unused: 1 },
    }),
    'application/json',
  ],
  csv: () => [[features.join(','), ...rows.map((r) => r.join(','))].join('\n'), 'text/csv'],
}

describe('scoring server answers predictions_prod.parquet', () => {
  for (const [name, make] of Object.entries(payloads)) {
    it(`labels and probabilities of all prod rows from ${name}`, async () => {
      const [body, type] = make()
      const res = await post(labelUrl, body, type)
      expect(res.status).toBe(200)
      const { predictions } = (await res.json()) as { predictions: number[] }
      expect(predictions).toHaveLength(6426)
      expect(predictions).toEqual(labels)
      const proba = (await (await post(probaUrl, body, type)).json()) as {
        predictions: [number, number][]
      }
      expect(proba.predictions.map((p) => p[1])).toEqual(scores)
      expect(proba.predictions[0]![0]).toBeCloseTo(1 - scores[0]!, 15)
    })
  }

  it('matches each request by its own columns when requests reorder or drop them', async () => {
    // the column index is kept between requests with the same header: a new order must not reuse it
    const split = (columns: string[]) =>
      JSON.stringify({
        dataframe_split: {
          columns,
          data: rows.slice(0, 50).map((r) => columns.map((c) => r[features.indexOf(c)])),
        },
      })
    for (const columns of [features, [...features].reverse(), features]) {
      const res = await post(probaUrl, split(columns))
      const { predictions } = (await res.json()) as { predictions: [number, number][] }
      expect(predictions.map((p) => p[1])).toEqual(scores.slice(0, 50))
    }
    const res = await post(labelUrl, split(features.slice(1)))
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toBe(
      `Failed to predict data: dataframe_split.columns lacks feature(s) "${features[0]}".`,
    )
  })

  it('sends each answer with its Content-Length in one piece, not as a chunked body', async () => {
    const res = await post(labelUrl, JSON.stringify({ instances: rows.slice(0, 3) }))
    const text = await res.text()
    expect(text).toBe(`{"predictions":[${labels.slice(0, 3).join(',')}]}`)
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)))
    expect(res.headers.get('transfer-encoding')).toBeNull()
    const bad = await post(labelUrl, '{"inputs": [')
    expect(Number(bad.headers.get('content-length'))).toBe(Buffer.byteLength(await bad.text()))
  })

  it('answers /ping, /health and /version', async () => {
    for (const path of ['/ping', '/health']) {
      const res = await fetch(labelUrl + path)
      expect([res.status, await res.text()]).toEqual([200, '\n'])
    }
    expect((await fetch(`${labelUrl}/version`)).status).toBe(200)
  })
})

describe('malformed requests get MLflow status and message', () => {
  const one = () => Object.fromEntries(features.map((f, j) => [f, rows[0]![j]]))
  const cases: [string, () => string, string, number, RegExp][] = [
    [
      'invalid JSON',
      () => '{"inputs": [',
      'application/json',
      400,
      /^Invalid input\. Ensure that input is a valid JSON/,
    ],
    [
      'no format key',
      () => '{"data": []}',
      'application/json',
      400,
      /exactly one of the input fields.*got data/,
    ],
    [
      'several format keys',
      () => JSON.stringify({ inputs: [], instances: [] }),
      'application/json',
      400,
      /exactly one.*got inputs, instances/,
    ],
    [
      'split given a list',
      () => '{"dataframe_split": []}',
      'application/json',
      400,
      /^Dataframe split format must be a dictionary\. Got list/,
    ],
    [
      'records given a dict',
      () => '{"dataframe_records": {}}',
      'application/json',
      400,
      /^Dataframe records format must be a list of records\. Got dictionary/,
    ],
    [
      'missing feature',
      () => JSON.stringify({ dataframe_records: [{ ...one(), lat: undefined }] }),
      'application/json',
      400,
      /row 0 feature "lat" is missing/,
    ],
    [
      'non-numeric feature',
      () => JSON.stringify({ inputs: [{ ...one(), period: 'third' }] }),
      'application/json',
      400,
      /row 0 feature "period" is "third", not a finite number/,
    ],
    [
      'wrong row length',
      () => JSON.stringify({ instances: [[1, 2]] }),
      'application/json',
      400,
      /instances row 0 has 2 values, the model takes 6/,
    ],
    [
      'CSV lacking a column',
      () => 'lat,lng\n1,2',
      'text/csv',
      400,
      /CSV header lacks feature\(s\) "minutes_remaining"/,
    ],
  ]
  for (const [name, body, type, status, message] of cases) {
    it(`${name} → ${status}`, async () => {
      const res = await post(labelUrl, body(), type)
      expect(res.status).toBe(status)
      const json = (await res.json()) as { error_code: string; message: string }
      expect(json.error_code).toBe('BAD_REQUEST')
      expect(json.message).toMatch(message)
    })
  }

  it('other content types and charsets → 415', async () => {
    const plain = await post(labelUrl, '{}', 'text/plain')
    expect(plain.status).toBe(415)
    expect(await plain.text()).toMatch(
      /only supports the following content types.*Got 'text\/plain'/,
    )
    const latin = await post(labelUrl, '{}', 'application/json; charset=latin-1')
    expect([latin.status, await latin.text()]).toEqual([
      415,
      expect.stringMatching(/only supports UTF-8/),
    ])
  })

  it('a body over the limit → 413', async () => {
    const body = JSON.stringify({ instances: rows.slice(0, 100) })
    const res = await post(tinyUrl, body)
    expect(res.status).toBe(413)
    expect(((await res.json()) as { message: string }).message).toMatch(/limit of 1000 bytes/)
    expect((await post(tinyUrl, JSON.stringify({ instances: rows.slice(0, 1) }))).status).toBe(200)
  })
})

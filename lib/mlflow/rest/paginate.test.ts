import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openRestStore } from './store'

/** A server whose experiments/search ignores page_token and always answers "more after this". */
let url = ''
let calls = 0
const server = createServer((request, response) => {
  calls++
  response.setHeader('content-type', 'application/json')
  response.end(
    JSON.stringify({
      experiments: [{ experiment_id: '7', name: 'kobe', lifecycle_stage: 'active' }],
      next_page_token: 'same-token',
    }),
  )
})
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('a server repeating its next_page_token', () => {
  test('lists each experiment once and reports the repeated token as a problem', async () => {
    const store = openRestStore(url)
    const experiments = await store.listExperiments()
    expect(experiments.map((e) => e.id)).toEqual(['7'])
    expect(calls).toBe(2)
    expect(store.problems()).toEqual([
      {
        path: `${url}/api/2.0/mlflow/experiments/search`,
        message:
          'the server repeated next_page_token "same-token" after 2 pages of "experiments"; ' +
          'listing stopped there (1 repeated entries dropped), so later pages may be missing',
      },
    ])
  })
})

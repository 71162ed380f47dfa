/** Pagination against a loopback server that repeats its next_page_token (ignores page_token). */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startFixtureServer, type FixtureServer } from './rest-fixture-server'
import { openRestStore } from './rest-store'

const TOKEN = 'eyJvZmZzZXQiOiAxfQ=='

let server: FixtureServer
beforeAll(async () => {
  // Asked for the second page, this server answers the first page again, with the same token.
  server = await startFixtureServer({
    extraRoutes: [
      {
        method: 'POST',
        path: '/api/2.0/mlflow/experiments/search',
        body: { page_token: TOKEN },
        file: 'experiments-search.page1.json',
      },
    ],
  })
})
afterAll(() => server.close())

test('a repeated next_page_token stops the listing, lists no experiment twice and is a problem', async () => {
  const store = openRestStore(server.url)
  expect((await store.listExperiments()).map((e) => e.id)).toEqual(['1'])
  expect(server.requests.filter((r) => r.path.endsWith('/experiments/search'))).toHaveLength(2)
  expect(store.problems()).toEqual([
    {
      path: `${server.url}/api/2.0/mlflow/experiments/search`,
      message: `the server answered next_page_token "${TOKEN}" a second time, so the listing stops there and may be incomplete`,
    },
  ])
})

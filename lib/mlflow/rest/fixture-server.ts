/**
 * Test helper: a loopback HTTP server (127.0.0.1, random port) answering with the canned MLflow
 * REST responses of fixtures/rest/routes.json. It is NOT a real MLflow server; it only replays
 * answers shaped like MLflow's, including pagination tokens and error bodies.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const FOLDER = fileURLToPath(new URL('../fixtures/rest/', import.meta.url))

interface Route {
  method: string
  path: string
  body?: Record<string, unknown>
  query?: Record<string, string | null>
  status?: number
  file: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: Record<string, unknown> | null
}

export interface FixtureServer {
  url: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

const routes = (
  JSON.parse(readFileSync(join(FOLDER, 'routes.json'), 'utf8')) as { routes: Route[] }
).routes

function fieldsMatch(wanted: Record<string, unknown> | undefined, actual: Record<string, unknown>) {
  return Object.entries(wanted ?? {}).every(([key, value]) =>
    value === null
      ? actual[key] === undefined
      : JSON.stringify(actual[key]) === JSON.stringify(value),
  )
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}

/** Starts the server; paths listed in `hang` are accepted but never answered (timeouts). */
export async function startFixtureServer(
  options: { hang?: string[] } = {},
): Promise<FixtureServer> {
  const requests: RecordedRequest[] = []
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const text = await readBody(request)
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : null
    const query = Object.fromEntries(url.searchParams)
    const method = request.method ?? 'GET'
    requests.push({ method, path: url.pathname, query, body })
    if (options.hang?.includes(url.pathname)) return
    const route = routes.find(
      (r) =>
        r.method === method &&
        r.path === url.pathname &&
        fieldsMatch(r.body, body ?? {}) &&
        fieldsMatch(r.query, query),
    )
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>')
      return
    }
    const type = route.file.endsWith('.json') ? 'application/json' : 'application/octet-stream'
    response
      .writeHead(route.status ?? 200, { 'Content-Type': type })
      .end(readFileSync(join(FOLDER, route.file)))
  }
  return { ...(await listenOnLoopback(handle)), requests }
}

/** Serves `handle` on 127.0.0.1 at a free port (a throw answers HTTP 500) until close(). */
export async function listenOnLoopback(
  handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

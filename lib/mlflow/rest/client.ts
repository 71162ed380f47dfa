import { RestStoreError } from './error'

export interface RestClientOptions {
  /** ms before a request is abandoned (default 30 s) */
  timeoutMs?: number
  /** extra headers, e.g. { Authorization: 'Bearer …' } */
  headers?: Record<string, string>
  /** fetch implementation (default: Node's global fetch) */
  fetch?: typeof fetch
}

export type Query = Record<string, string | number | undefined>

export interface RestClient {
  baseUrl: string
  url(path: string, query?: Query): string
  getJson(path: string, query?: Query): Promise<unknown>
  postJson(path: string, body: unknown): Promise<unknown>
  getBytes(path: string, query?: Query): Promise<Uint8Array>
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } }
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return `no answer within ${timeoutMs} ms`
  }
  const code = err.cause?.code
  if (code === 'ECONNREFUSED') return 'connection refused (is the MLflow server running?)'
  if (code === 'ENOTFOUND') return 'host not found'
  return `request failed: ${err.cause?.message ?? err.message}`
}

async function errorFromResponse(method: string, url: string, response: Response) {
  const text = await response.text().catch(() => '')
  let code: string | null = null
  let detail = text.trim().slice(0, 200) || response.statusText
  try {
    const body = JSON.parse(text) as { error_code?: unknown; message?: unknown }
    if (typeof body.error_code === 'string') code = body.error_code
    if (typeof body.message === 'string') detail = body.message
  } catch {
    // not JSON: keep the start of the text
  }
  const prefix = code ? `${code}: ` : ''
  return new RestStoreError(
    url,
    `${method} → HTTP ${response.status} ${prefix}${detail}`,
    response.status,
    code,
  )
}

/** A small JSON client for one MLflow server; every failure is a RestStoreError naming the URL. */
export function createRestClient(baseUrl: string, options: RestClientOptions = {}): RestClient {
  const base = baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 30_000
  const doFetch = options.fetch ?? fetch

  const url = (path: string, query: Query = {}) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value))
    }
    const search = params.toString()
    return `${base}${path}${search ? `?${search}` : ''}`
  }

  async function call(method: string, target: string, body?: unknown): Promise<Response> {
    let response: Response
    try {
      response = await doFetch(target, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...options.headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw new RestStoreError(target, `${method} → ${describeFailure(error, timeoutMs)}`)
    }
    if (!response.ok) throw await errorFromResponse(method, target, response)
    return response
  }

  async function json(method: string, target: string, body?: unknown): Promise<unknown> {
    const response = await call(method, target, body)
    const text = await response.text()
    try {
      return text.trim() === '' ? {} : (JSON.parse(text) as unknown)
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type'
      throw new RestStoreError(
        target,
        `${method} → answer is not JSON (${type}): "${text.trim().slice(0, 80)}"`,
        response.status,
      )
    }
  }

  return {
    baseUrl: base,
    url,
    getJson: (path, query) => json('GET', url(path, query)),
    postJson: (path, body) => json('POST', url(path), body),
    async getBytes(path, query) {
      const response = await call('GET', url(path, query))
      return new Uint8Array(await response.arrayBuffer())
    },
  }
}

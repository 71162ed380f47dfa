import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { checkContentType, type PayloadKind } from './check-content-type'
import { parseInvocation } from './parse-invocation'
import type { PredictFn, ServableModel } from './servable-model'
import { ServingError } from './serving-error'

export type { PredictFn } from './servable-model'

export interface ScoringServerOptions {
  /** `predict` answers labels (regressors: values), `predict_proba` one probability row per input row */
  predictFn?: PredictFn
  /** request bodies above this many bytes get 413 (default 10 MB) */
  maxBodyBytes?: number
  /** the string GET /version answers */
  version?: string
}

export const DEFAULT_MAX_BODY = 10 * 1024 * 1024

const JSON_TYPE = 'application/json'

/**
 * One writeHead with a flat header list and one end: with its Content-Length known, node:http
 * hands the socket two pieces (head with body, end's empty terminator) instead of a chunked
 * body's five (head, size line, body, CRLF, last chunk).
 */
function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, ['Content-Type', type, 'Content-Length', String(Buffer.byteLength(body))])
  res.end(body)
}

function sendError(res: ServerResponse, error: ServingError) {
  if (error.status === 415) return send(res, 415, 'text/plain; charset=utf-8', error.message)
  const body = JSON.stringify({
    error_code: error.status === 413 ? 'REQUEST_LIMIT_EXCEEDED' : 'BAD_REQUEST',
    message: error.message,
  })
  send(res, error.status, JSON_TYPE, body)
}

const tooLarge = (limit: number) =>
  new ServingError(413, `The request body is larger than the limit of ${limit} bytes.`)

/** Calls back with the body text, or a 413 ServingError once it exceeds `limit` bytes. */
function readBody(
  req: IncomingMessage,
  limit: number,
  done: (error: ServingError | null, text: string) => void,
): void {
  if (Number(req.headers['content-length']) > limit) {
    req.resume()
    return done(tooLarge(limit), '')
  }
  let first: Buffer | null = null
  let rest: Buffer[] | null = null
  let size = 0
  let failed = false
  req.on('data', (chunk: Buffer) => {
    if (failed) return
    size += chunk.length
    if (size > limit) {
      failed = true
      done(tooLarge(limit), '')
    } else if (first === null) first = chunk
    else (rest ??= [first]).push(chunk)
  })
  req.on('end', () => {
    if (failed) return
    const bytes = rest ? Buffer.concat(rest) : first
    done(null, bytes ? bytes.toString('utf8') : '')
  })
}

/** `{"predictions": …}`: labels or values for predict, rows of class probabilities for predict_proba. */
function predictionsJson(model: ServableModel, columns: Float64Array[], fn: PredictFn): string {
  if (fn === 'predict') {
    const labels = model.predict(columns)
    let out = ''
    for (let i = 0; i < labels.length; i++) {
      const v = labels[i]!
      out += (i ? ',' : '') + (typeof v === 'number' ? String(v) : JSON.stringify(v))
    }
    return `{"predictions":[${out}]}`
  }
  const cols = model.score(columns)
  const rows = cols[0]?.length ?? 0
  const parts = new Array<string>(rows)
  for (let i = 0; i < rows; i++) {
    let row = ''
    for (let k = 0; k < cols.length; k++) row += (k ? ',' : '') + String(cols[k]![i]!)
    parts[i] = `[${row}]`
  }
  return `{"predictions":[${parts.join(',')}]}`
}

/** A model and answer that cannot go together (predict_proba of a regressor). */
export class PredictFnError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PredictFnError'
  }
}

/** A node:http server speaking `mlflow models serve`'s protocol for one model. */
export function createScoringServer(
  model: ServableModel,
  options: ScoringServerOptions = {},
): Server {
  const fn = options.predictFn ?? 'predict'
  if (fn === 'predict_proba' && model.kind === 'regressor') {
    throw new PredictFnError(
      'predict_proba answers class probabilities, but the model is a regressor: serve it with predict',
    )
  }
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const version = options.version ?? '0.1.0'

  function fail(res: ServerResponse, error: unknown) {
    if (error instanceof ServingError) return sendError(res, error)
    const message = error instanceof Error ? error.message : String(error)
    sendError(
      res,
      new ServingError(
        400,
        `Encountered an unexpected error while evaluating the model: ${message}`,
      ),
    )
  }

  function invocations(req: IncomingMessage, res: ServerResponse) {
    let kind: PayloadKind
    try {
      kind = checkContentType(req.headers['content-type'])
    } catch (error) {
      req.resume()
      return fail(res, error)
    }
    readBody(req, limit, (error, text) => {
      if (error) return fail(res, error)
      try {
        send(res, 200, JSON_TYPE, predictionsJson(model, parseInvocation(kind, text, model), fn))
      } catch (error) {
        fail(res, error)
      }
    })
  }

  return createServer((req, res) => {
    const url = req.url ?? '/'
    const query = url.indexOf('?')
    const path = query < 0 ? url : url.slice(0, query)
    if (req.method === 'POST' && path === '/invocations') return void invocations(req, res)
    if (req.method === 'GET' && (path === '/ping' || path === '/health')) {
      return send(res, 200, JSON_TYPE, '\n')
    }
    if (req.method === 'GET' && path === '/version') return send(res, 200, JSON_TYPE, version)
    send(
      res,
      404,
      JSON_TYPE,
      JSON.stringify({
        error_code: 'ENDPOINT_NOT_FOUND',
        message: `No route ${req.method ?? ''} ${path ?? ''}: the server answers GET /ping, /health, /version and POST /invocations.`,
      }),
    )
  })
}

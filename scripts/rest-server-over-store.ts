/**
 * Test helper: a loopback HTTP server (127.0.0.1, random port) answering the MLflow REST routes
 * that lib/mlflow/rest/store.ts calls from another TrackingStore (a FileStore, an mlflow.db), in
 * MLflow's wire format: `{experiments}`, `{runs: [{info, data}]}`, `{models: [{info}]}` with
 * `LOGGED_MODEL_*` statuses, `{error_code, message}` with HTTP 404 for what the store lacks. So
 * the same store can be read directly and over REST, and tests assert the same numbers on both.
 * One page per answer (no next_page_token): pagination is lib/mlflow/rest's fixture-server's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { listenOnLoopback } from '../lib/mlflow/rest/fixture-server'
import type {
  Experiment,
  LoggedModelInfo,
  ModelVersion,
  RegisteredModel,
  Run,
  TrackingStore,
} from '../lib/tracking/types'

export interface StoreRestServer {
  url: string
  close(): Promise<void>
}

const keyValues = (record: Record<string, string>) =>
  Object.entries(record).map(([key, value]) => ({ key, value }))

const LOGGED_STATUS: Record<string, string> = {
  UNSPECIFIED: 'LOGGED_MODEL_STATUS_UNSPECIFIED',
  PENDING: 'LOGGED_MODEL_PENDING',
  READY: 'LOGGED_MODEL_READY',
  FAILED: 'LOGGED_MODEL_UPLOAD_FAILED',
}

const experimentJson = (e: Experiment) => ({
  experiment_id: e.id,
  name: e.name,
  artifact_location: e.artifactLocation,
  lifecycle_stage: e.lifecycle,
  creation_time: e.creationTime ?? undefined,
  last_update_time: e.lastUpdateTime ?? undefined,
  tags: keyValues(e.tags),
})

const runJson = (r: Run) => ({
  info: {
    run_id: r.id,
    experiment_id: r.experimentId,
    run_name: r.name,
    status: r.status,
    lifecycle_stage: r.lifecycle,
    start_time: r.startTime ?? undefined,
    end_time: r.endTime ?? undefined,
    user_id: r.userId,
    artifact_uri: r.artifactUri,
  },
  data: {
    params: keyValues(r.params),
    tags: keyValues(r.tags),
    metrics: Object.entries(r.metrics).map(([key, m]) => ({ key, ...m })),
  },
})

const registeredJson = (m: RegisteredModel) => ({
  name: m.name,
  description: m.description ?? undefined,
  creation_timestamp: m.creationTime ?? undefined,
  last_updated_timestamp: m.lastUpdatedTime ?? undefined,
  tags: keyValues(m.tags),
  aliases: Object.entries(m.aliases).map(([alias, version]) => ({ alias, version: `${version}` })),
})

const versionJson = (v: ModelVersion) => ({
  name: v.name,
  version: `${v.version}`,
  current_stage: v.stage,
  run_id: v.runId ?? undefined,
  source: v.source,
  status: v.status,
  creation_timestamp: v.creationTime ?? undefined,
  last_updated_timestamp: v.lastUpdatedTime ?? undefined,
  description: v.description ?? undefined,
  tags: keyValues(v.tags),
  aliases: v.aliases,
})

const loggedJson = (m: LoggedModelInfo) => ({
  info: {
    model_id: m.id,
    experiment_id: m.experimentId,
    name: m.name,
    source_run_id: m.sourceRunId ?? undefined,
    status: LOGGED_STATUS[m.status] ?? LOGGED_STATUS.UNSPECIFIED,
    lifecycle_stage: m.lifecycle,
    creation_timestamp_ms: m.creationTime ?? undefined,
  },
})

function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {}))
    request.on('error', reject)
  })
}

type Answer = unknown | Uint8Array

/** The answer to one request, or null for a route MLflow has and this helper does not. */
async function answer(
  store: TrackingStore,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Promise<Answer | null> {
  const all = { includeDeleted: true }
  const q = (name: string) => query.get(name) ?? ''
  const api = '/api/2.0/mlflow'
  const logged = /^\/ajax-api\/2\.0\/mlflow\/logged-models\/([^/]+)\/artifacts\/files$/.exec(path)
  if (logged && store.readLoggedModelArtifact)
    return store.readLoggedModelArtifact(decodeURIComponent(logged[1]!), q('artifact_file_path'))
  if (method === 'GET' && path === '/get-artifact')
    return store.readArtifact(q('run_uuid'), q('path'))
  switch (`${method} ${path.slice(api.length)}`) {
    case 'POST /experiments/search': {
      const deleted = body.view_type === 'ALL'
      const list = await store.listExperiments({ includeDeleted: deleted })
      return { experiments: list.map(experimentJson) }
    }
    case 'POST /runs/search': {
      const ids = (body.experiment_ids as string[] | undefined) ?? []
      const deleted = body.run_view_type === 'ALL'
      const runs = await Promise.all(
        ids.map((id) => store.listRuns(id, { includeDeleted: deleted })),
      )
      return { runs: runs.flat().map(runJson) }
    }
    case 'GET /runs/get': {
      for (const e of await store.listExperiments(all))
        for (const run of await store.listRuns(e.id, all))
          if (run.id === q('run_id')) return { run: runJson(run) }
      return null
    }
    case 'GET /metrics/get-history':
      return { metrics: await store.getMetricHistory(q('run_id'), q('metric_key')) }
    case 'GET /artifacts/list': {
      const files = await store.listArtifacts(q('run_id'), query.get('path') ?? undefined)
      return { files: files.map((f) => ({ path: f.path, is_dir: f.isDir, file_size: f.size })) }
    }
    case 'GET /registered-models/search':
      return { registered_models: (await store.listRegisteredModels()).map(registeredJson) }
    case 'GET /model-versions/search': {
      const models = await store.listRegisteredModels()
      return { model_versions: models.flatMap((m) => m.versions.map(versionJson)) }
    }
    case 'POST /logged-models/search': {
      if (!store.listLoggedModels) return null
      const ids = (body.experiment_ids as string[] | undefined) ?? []
      const models = await Promise.all(ids.map((id) => store.listLoggedModels!(id)))
      // MLflow's search leaves deleted LoggedModels out
      return {
        models: models
          .flat()
          .filter((m) => m.lifecycle === 'active')
          .map(loggedJson),
      }
    }
  }
  return null
}

function notFound(response: ServerResponse, message: string) {
  response
    .writeHead(404, { 'Content-Type': 'application/json' })
    .end(JSON.stringify({ error_code: 'RESOURCE_DOES_NOT_EXIST', message }))
}

/** Serves `store` over MLflow's REST API until close(). */
export async function serveStoreOverRest(store: TrackingStore): Promise<StoreRestServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    const body = await readBody(request)
    let result: Answer | null
    try {
      result = await answer(store, method, url.pathname, url.searchParams, body)
    } catch (error) {
      notFound(response, (error as Error).message)
      return
    }
    if (result === null) notFound(response, `no route ${method} ${url.pathname}`)
    else if (result instanceof Uint8Array)
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(result)
    else response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result))
  }
  return listenOnLoopback(handle)
}

import { createProblemLog } from '../../tracking/problem-log'
import { TrackingReadError } from '../../tracking/tracking-read-error'
import type { ArtifactEntry, RegisteredModel, Run, TrackingStore } from '../../tracking/types'
import { cleanArtifactPath } from '../sqlite/artifact-roots'
import { createRestClient, type RestClientOptions } from './client'
import {
  decodeArtifactEntry,
  decodeExperiment,
  decodeMetricPoint,
  decodeModelVersion,
  decodeRegisteredModel,
  decodeRun,
} from './decode'
import { RestStoreError } from './error'
import { asObject, asString } from './json'
import { decodeLoggedModel, LOGGED_MODEL_ID } from './logged-models'
import { collectPages } from './paginate'

export interface RestStoreOptions extends RestClientOptions {
  /** max_results sent with every search (default 1000; MLflow always needs one) */
  pageSize?: number
}

const API = '/api/2.0/mlflow'
const AJAX = '/ajax-api/2.0/mlflow'

/** `/api/2.0/mlflow-artifacts/artifacts/<path>` for a `mlflow-artifacts:` run URI, else null. */
function proxiedArtifactPath(artifactUri: string, path: string): string | null {
  const match = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.*)$/.exec(artifactUri)
  if (!match) return null
  const segments = [...(match[1] ?? '').split('/'), ...path.split('/')].filter(Boolean)
  return `/api/2.0/mlflow-artifacts/artifacts/${segments.map(encodeURIComponent).join('/')}`
}

function byVersion(models: RegisteredModel[]): void {
  for (const model of models) {
    model.versions.sort((a, b) => a.version - b.version)
    for (const version of model.versions) {
      const fromModel = Object.entries(model.aliases)
        .filter(([, number]) => number === version.version)
        .map(([alias]) => alias)
      version.aliases = [...new Set([...version.aliases, ...fromModel])].sort()
    }
  }
}

/**
 * Reads a running MLflow tracking server through its REST API (build time, Node fetch). Nothing is
 * fetched until a method is called; failures throw RestStoreError naming the URL, odd entries in
 * otherwise good answers become problems.
 */
export function openRestStore(baseUrl: string, options: RestStoreOptions = {}): TrackingStore {
  const client = createRestClient(baseUrl, options)
  const pageSize = options.pageSize ?? 1000
  const problems = createProblemLog()
  const artifactUris = new Map<string, string>()
  const where = (path: string) => client.url(`${API}${path}`)

  async function artifactUriOf(runId: string): Promise<string> {
    const known = artifactUris.get(runId)
    if (known !== undefined) return known
    const body = asObject(await client.getJson(`${API}/runs/get`, { run_id: runId }))
    const uri = asString(asObject(asObject(body?.run)?.info)?.artifact_uri) ?? ''
    artifactUris.set(runId, uri)
    return uri
  }

  return {
    kind: 'rest',
    location: client.baseUrl,
    async listExperiments(listOptions = {}) {
      const viewType = listOptions.includeDeleted ? 'ALL' : 'ACTIVE_ONLY'
      const items = await collectPages(
        'experiments',
        (token) =>
          client.postJson(`${API}/experiments/search`, {
            max_results: pageSize,
            view_type: viewType,
            page_token: token,
          }),
        (message) => problems.add(where('/experiments/search'), message),
      )
      return items.flatMap(
        (item) => decodeExperiment(item, where('/experiments/search'), problems) ?? [],
      )
    },
    async listRuns(experimentId, listOptions = {}) {
      const items = await collectPages(
        'runs',
        (token) =>
          client.postJson(`${API}/runs/search`, {
            experiment_ids: [experimentId],
            run_view_type: listOptions.includeDeleted ? 'ALL' : 'ACTIVE_ONLY',
            max_results: pageSize,
            page_token: token,
          }),
        (message) => problems.add(where('/runs/search'), message),
      )
      const runs: Run[] = items.flatMap(
        (item) => decodeRun(item, where('/runs/search'), problems) ?? [],
      )
      for (const run of runs) artifactUris.set(run.id, run.artifactUri)
      return runs
    },
    async getMetricHistory(runId, key) {
      const items = await collectPages(
        'metrics',
        (token) =>
          client.getJson(`${API}/metrics/get-history`, {
            run_id: runId,
            metric_key: key,
            max_results: pageSize,
            page_token: token,
          }),
        (message) => problems.add(where('/metrics/get-history'), message),
      )
      return items.map(decodeMetricPoint)
    },
    async listArtifacts(runId, path) {
      const clean = cleanArtifactPath(path)
      if (clean === null) {
        problems.add(where(`/artifacts/list`), `artifact path "${path}" leaves the run's folder`)
        return []
      }
      const items = await collectPages(
        'files',
        (token) =>
          client.getJson(`${API}/artifacts/list`, {
            run_id: runId,
            path: clean || undefined,
            page_token: token,
          }),
        (message) => problems.add(where('/artifacts/list'), message),
      )
      const entries = items.map(decodeArtifactEntry).filter((e): e is ArtifactEntry => e !== null)
      return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    },
    async readArtifact(runId, path) {
      const clean = cleanArtifactPath(path)
      if (clean === null || clean === '') {
        throw new TrackingReadError(client.url('/get-artifact'), `invalid artifact path "${path}"`)
      }
      const proxied = proxiedArtifactPath(await artifactUriOf(runId), clean)
      return proxied
        ? client.getBytes(proxied)
        : client.getBytes('/get-artifact', { path: clean, run_uuid: runId })
    },
    async listRegisteredModels() {
      const modelItems = await collectPages(
        'registered_models',
        (token) =>
          client.getJson(`${API}/registered-models/search`, {
            max_results: pageSize,
            page_token: token,
          }),
        (message) => problems.add(where('/registered-models/search'), message),
      )
      const versionItems = await collectPages(
        'model_versions',
        (token) =>
          client.getJson(`${API}/model-versions/search`, {
            max_results: pageSize,
            page_token: token,
          }),
        (message) => problems.add(where('/model-versions/search'), message),
      )
      const models = modelItems.flatMap(
        (item) => decodeRegisteredModel(item, where('/registered-models/search'), problems) ?? [],
      )
      const byName = new Map(models.map((model) => [model.name, model]))
      for (const item of versionItems) {
        const version = decodeModelVersion(item, where('/model-versions/search'), problems)
        if (!version || version.stage === 'Deleted_Internal') continue
        byName.get(version.name)?.versions.push(version)
      }
      byVersion(models)
      return models
    },
    async listLoggedModels(experimentId) {
      let items: unknown[]
      try {
        items = await collectPages(
          'models',
          (token) =>
            client.postJson(`${API}/logged-models/search`, {
              experiment_ids: [experimentId],
              max_results: pageSize,
              page_token: token,
            }),
          (message) => problems.add(where('/logged-models/search'), message),
        )
      } catch (error) {
        // a server before MLflow 3.0 has no LoggedModels: nothing to list
        if (!(error instanceof RestStoreError) || error.status !== 404) throw error
        problems.add(
          where('/logged-models/search'),
          'HTTP 404: the server has no logged-models API (MLflow before 3.0); no logged models read',
        )
        return []
      }
      return items.flatMap(
        (item) => decodeLoggedModel(item, where('/logged-models/search'), problems) ?? [],
      )
    },
    async readLoggedModelArtifact(modelId, path) {
      const clean = cleanArtifactPath(path)
      const files = `${AJAX}/logged-models/${encodeURIComponent(modelId)}/artifacts/files`
      if (!LOGGED_MODEL_ID.test(modelId))
        throw new TrackingReadError(
          client.url(files),
          `"${modelId}" is not a logged model id (m-…)`,
        )
      if (clean === null || clean === '')
        throw new TrackingReadError(client.url(files), `invalid artifact path "${path}"`)
      // MLflow serves LoggedModel files on its ajax route only (`artifact_file_path` query)
      return client.getBytes(files, { artifact_file_path: clean })
    },
    problems: () => problems.list(),
  }
}

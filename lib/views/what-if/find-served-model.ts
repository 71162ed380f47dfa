import type { ModelJson } from '../../model/model-json'
import { parseModelJson } from '../../model/parse-model-json'
import type { ModelVersion, RegisteredModel, Run, TrackingStore } from '../../tracking/types'
import { DEFAULT_MODEL_ARTIFACT, MODEL_FILE_NAME, modelArtifactFolder } from './model-artifact-path'
import type { ModelChoice, ServedModelSource } from './model-snapshot-types'

export type ServedModel =
  | { status: 'found'; source: ServedModelSource; model: ModelJson; notes: string[] }
  | { status: 'missing'; detail: string; notes: string[] }

export interface FindModelOptions {
  /** the alias that names the model to serve (default `champion`) */
  alias?: string
}

interface Candidate {
  version: ModelVersion | null
  alias: string | null
  chosenBy: ModelChoice
  runId: string
  artifactPath: string
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
const newestFirst = (a: { t: number | null }, b: { t: number | null }) =>
  (b.t ?? -Infinity) - (a.t ?? -Infinity)

/** Registry candidates: every version holding the alias, then each model's versions, newest first. */
function registryCandidates(
  models: RegisteredModel[],
  alias: string,
  notes: string[],
): Candidate[] {
  const ordered = models
    .map((m) => ({ m, t: m.lastUpdatedTime }))
    .sort(newestFirst)
    .map(({ m }) => m)
  const out: Candidate[] = []
  const add = (version: ModelVersion, chosenBy: ModelChoice) => {
    if (!version.runId) {
      notes.push(
        `${version.name} version ${version.version} has no run id (source ${version.source}): skipped`,
      )
      return
    }
    const artifactPath = `${modelArtifactFolder(version.source)}/${MODEL_FILE_NAME}`
    out.push({
      version,
      alias: chosenBy === 'alias' ? alias : null,
      chosenBy,
      runId: version.runId,
      artifactPath,
    })
  }
  for (const m of ordered) {
    const number = m.aliases[alias]
    const version = m.versions.find((v) => v.version === number)
    if (version) add(version, 'alias')
  }
  for (const m of ordered) {
    const live = m.versions.filter((v) => v.stage !== 'Deleted_Internal').reverse()
    live.forEach((version, i) => {
      if (m.aliases[alias] !== version.version)
        add(version, i === 0 ? 'latest_version' : 'older_version')
    })
  }
  return out
}

/**
 * Finds the model the what-if view serves: the registered version holding `alias` (default
 * `champion`), else the newest registered version with a readable file, else the newest finished run with a
 * `model/model.json` artifact. Each candidate's file must parse as kobe-model-json; what fails is
 * noted and the search goes on. Nothing found → `missing` with a sentence naming what was tried.
 */
export async function findServedModel(
  store: TrackingStore,
  options: FindModelOptions = {},
): Promise<ServedModel> {
  const alias = options.alias ?? 'champion'
  const notes: string[] = []
  let runs: Map<string, Run> | null = null
  const allRuns = async () => {
    if (!runs) {
      runs = new Map()
      for (const e of await store.listExperiments())
        for (const r of await store.listRuns(e.id)) runs.set(r.id, r)
    }
    return runs
  }
  const tryLoad = async (c: Candidate): Promise<ServedModel | null> => {
    const what = c.version ? `${c.version.name} version ${c.version.version}` : `run ${c.runId}`
    let model: ModelJson
    try {
      const bytes = await store.readArtifact(c.runId, c.artifactPath)
      model = parseModelJson(new TextDecoder().decode(bytes), `${c.runId}/${c.artifactPath}`)
    } catch (error) {
      notes.push(`${what}: ${describe(error)}`)
      return null
    }
    const run = (await allRuns()).get(c.runId) ?? null
    const parentId = run?.tags['mlflow.parentRunId']
    const parent = parentId ? (await allRuns()).get(parentId) : undefined
    const source: ServedModelSource = {
      registeredModel: c.version?.name ?? null,
      version: c.version?.version ?? null,
      alias: c.alias,
      runId: c.runId,
      runName: run?.name ?? null,
      experimentId: run?.experimentId ?? null,
      artifactPath: c.artifactPath,
      chosenBy: c.chosenBy,
      selectionReason: parent?.tags['model.selection_reason'] ?? c.version?.description ?? null,
      store: store.location,
    }
    return { status: 'found', source, model, notes }
  }

  const registered = await store.listRegisteredModels()
  for (const c of registryCandidates(registered, alias, notes)) {
    const found = await tryLoad(c)
    if (found) return found
  }
  const finished = [...(await allRuns()).values()]
    .filter((r) => r.status === 'FINISHED')
    .map((r) => ({ r, t: r.startTime }))
    .sort(newestFirst)
  const artifactPath = `${DEFAULT_MODEL_ARTIFACT}/${MODEL_FILE_NAME}`
  for (const { r } of finished) {
    const entries = await store.listArtifacts(r.id, DEFAULT_MODEL_ARTIFACT)
    if (!entries.some((e) => e.path === artifactPath && !e.isDir)) continue
    const found = await tryLoad({
      version: null,
      alias: null,
      chosenBy: 'newest_run',
      runId: r.id,
      artifactPath,
    })
    if (found) return found
  }
  const tried =
    `${registered.length} registered model(s), ${finished.length} finished run(s)` +
    (notes.length > 0 ? `; ${notes.join('; ')}` : '')
  return {
    status: 'missing',
    detail: `no ${artifactPath} artifact in the tracking store ${store.location} (${tried})`,
    notes,
  }
}

import { loggedModelId } from '../../serving/logged-model-id'
import type { TrackingStore } from '../../tracking/types'
import type { ComparisonChoice } from './comparison-types'

/** A model to compare: the reference serve-model's --model accepts, and what is known of it. */
export interface ComparedReference {
  reference: string
  name: string
  registeredModel: string | null
  version: number | null
  runId: string | null
}

export interface ChosenReferences {
  chosenBy: ComparisonChoice
  references: ComparedReference[]
}

/** Our pipeline's candidate runs are named `Treinamento - <estimator>`. */
const CANDIDATE_PREFIX = 'Treinamento - '

const RUN_ID = /^[0-9a-f]{32}$/

/** `a, b,,c` → one reference per non-empty item, as written. */
export function parseCompareList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

function describeReference(reference: string): ComparedReference {
  const logged = loggedModelId(reference)
  if (logged) {
    return {
      reference,
      name: `logged model ${logged.slice(0, 10)}`,
      registeredModel: null,
      version: null,
      runId: null,
    }
  }
  const version = reference.match(/^models:\/([^/@]+)\/(\d+)$/)
  if (version) {
    return {
      reference,
      name: `${version[1]} v${version[2]}`,
      registeredModel: version[1]!,
      version: Number(version[2]),
      runId: null,
    }
  }
  const alias = reference.match(/^models:\/([^/@]+)@(.+)$/)
  if (alias) {
    return {
      reference,
      name: reference.slice(8),
      registeredModel: alias[1]!,
      version: null,
      runId: null,
    }
  }
  if (RUN_ID.test(reference)) {
    return {
      reference,
      name: `run ${reference.slice(0, 8)}`,
      registeredModel: null,
      version: null,
      runId: reference,
    }
  }
  const file = reference.split(/[\\/]/).filter(Boolean)
  const last = file.at(-1) ?? reference
  const name =
    /^(model\.(pkl|pickle|joblib|json)|MLmodel)$/i.test(last) && file.length > 1
      ? file.at(-2)!
      : last
  return { reference, name, registeredModel: null, version: null, runId: null }
}

/**
 * The models to compare: MONITOR_COMPARE's references when set; else our pipeline's
 * `Treinamento - *` candidate runs of the newest training (the children of the newest parent
 * that has them), else the newest two registered versions, else none.
 */
export async function chooseComparedModels(
  compare: string | undefined,
  store: TrackingStore | null,
): Promise<ChosenReferences> {
  if (compare?.trim()) {
    return { chosenBy: 'env', references: parseCompareList(compare).map(describeReference) }
  }
  if (!store) return { chosenBy: 'none', references: [] }
  const candidates = []
  for (const experiment of await store.listExperiments()) {
    for (const run of await store.listRuns(experiment.id)) {
      if (run.name.startsWith(CANDIDATE_PREFIX) && run.status === 'FINISHED') candidates.push(run)
    }
  }
  if (candidates.length > 0) {
    const newest = candidates.reduce((a, b) => ((b.startTime ?? 0) > (a.startTime ?? 0) ? b : a))
    const parent = newest.tags['mlflow.parentRunId'] ?? null
    const siblings = candidates
      .filter((r) => (r.tags['mlflow.parentRunId'] ?? null) === parent)
      .filter((r) => parent !== null || r === newest)
      .sort((a, b) => a.name.localeCompare(b.name))
    return {
      chosenBy: 'candidates',
      references: siblings.map((r) => ({
        reference: r.id,
        name: r.name.slice(CANDIDATE_PREFIX.length),
        registeredModel: null,
        version: null,
        runId: r.id,
      })),
    }
  }
  const versions = (await store.listRegisteredModels())
    .flatMap((m) => m.versions)
    .filter((v) => v.runId !== null)
    .sort((a, b) => (b.creationTime ?? 0) - (a.creationTime ?? 0) || b.version - a.version)
    .slice(0, 2)
  if (versions.length === 0) return { chosenBy: 'none', references: [] }
  return {
    chosenBy: 'registry',
    references: versions.map((v) => ({
      reference: `models:/${v.name}/${v.version}`,
      name: `${v.name} v${v.version}`,
      registeredModel: v.name,
      version: v.version,
      runId: v.runId,
    })),
  }
}

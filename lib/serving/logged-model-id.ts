import type { TrackingStore } from '../tracking/types'
import {
  readModelFolder,
  type ReadFolderResult,
  type ReadModelFolderFile,
} from './read-logged-model'

/** `models:/m-…`: an MLflow 3.x LoggedModel id (what `log_model` returns and 3.x versions' source names); null otherwise. */
export function loggedModelId(uri: string): string | null {
  return /^models:\/(m-[\w-]+)\/?$/.exec(uri)?.[1] ?? null
}

/**
 * An MLflow 3.x LoggedModel's folder (`<exp>/models/<id>/artifacts/`: MLmodel, model.pkl), read
 * as any logged-model folder (readModelFolder). Throws one sentence when the store cannot read
 * logged models or the folder holds no model.
 */
export async function readLoggedModelFolder(
  store: TrackingStore,
  modelId: string,
): Promise<ReadFolderResult> {
  const readArtifact = store.readLoggedModelArtifact
  if (!readArtifact) {
    throw new Error(
      `models:/${modelId} is an MLflow 3 logged model, which the ${store.kind} store ${store.location} cannot read`,
    )
  }
  if (!(await holdsLoggedModel(store, modelId))) {
    throw new Error(`no logged model ${modelId} in any experiment of ${store.location}`)
  }
  const read: ReadModelFolderFile = (name) =>
    readArtifact.call(store, modelId, name).then(
      (b) => b,
      () => null,
    )
  return readModelFolder(read, `models:/${modelId}`)
}

async function holdsLoggedModel(store: TrackingStore, modelId: string): Promise<boolean> {
  if (!store.listLoggedModels) return true
  for (const experiment of await store.listExperiments({ includeDeleted: true })) {
    if ((await store.listLoggedModels(experiment.id)).some((m) => m.id === modelId)) return true
  }
  return false
}

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
  return (await heldLoggedModels(store))(modelId)
}

/**
 * Which `models:/m-…` ids the store can read: none when it reads no LoggedModels, every id when
 * it cannot list them, else those of its experiments (deleted ones included). A registered
 * version whose LoggedModel is not held is read from its run's model folder instead.
 */
export async function heldLoggedModels(store: TrackingStore): Promise<(id: string) => boolean> {
  if (!store.readLoggedModelArtifact) return () => false
  if (!store.listLoggedModels) return () => true
  const ids = new Set<string>()
  for (const experiment of await store.listExperiments({ includeDeleted: true }))
    for (const model of await store.listLoggedModels(experiment.id)) ids.add(model.id)
  return (id) => ids.has(id)
}

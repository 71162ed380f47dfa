import type { RegisteredModel } from '../../tracking/types'
import type { RunsModel } from '../../site-data/runs/runs-snapshot-types'

/**
 * Registered models for the page: versions newest first, each saying whether its source run is
 * among the runs shipped (so the page can link to it). Models sorted by name.
 */
export function toRunsModels(
  models: readonly RegisteredModel[],
  runIds: ReadonlySet<string>,
): RunsModel[] {
  return [...models]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((model) => ({
      name: model.name,
      description: model.description,
      creationTime: model.creationTime,
      lastUpdatedTime: model.lastUpdatedTime,
      tags: model.tags,
      aliases: model.aliases,
      versions: [...model.versions]
        .sort((a, b) => b.version - a.version)
        .map((v) => ({
          version: v.version,
          stage: v.stage,
          status: v.status,
          runId: v.runId,
          runInSnapshot: v.runId !== null && runIds.has(v.runId),
          source: v.source,
          creationTime: v.creationTime,
          description: v.description,
          aliases: [...v.aliases].sort(),
          tags: v.tags,
        })),
    }))
}

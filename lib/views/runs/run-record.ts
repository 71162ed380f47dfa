import type { ArtifactLocation, Run } from '../../tracking/types'
import type {
  RunArtifact,
  RunHistoryInfo,
  RunRecord,
} from '../../site-data/runs/runs-snapshot-types'
import { splitTags } from './split-tags'

export interface RunExtras {
  histories: RunHistoryInfo[]
  historyFile: string | null
  artifacts: RunArtifact[]
  artifactsTruncated: boolean
  artifactLocation?: ArtifactLocation | null
}

/** A run as the page needs it: tags split, duration and parent id worked out, metric values. */
export function toRunRecord(run: Run, extras: RunExtras): RunRecord {
  const { user, system } = splitTags(run.tags)
  const parent = run.tags['mlflow.parentRunId']?.trim()
  const metrics: Record<string, number> = {}
  const metricSteps: Record<string, number> = {}
  for (const key of Object.keys(run.metrics).sort()) {
    const point = run.metrics[key]
    if (!point) continue
    metrics[key] = point.value
    metricSteps[key] = point.step
  }
  const params: Record<string, string> = {}
  for (const key of Object.keys(run.params).sort()) params[key] = run.params[key] ?? ''
  const durationMs =
    run.startTime !== null && run.endTime !== null && run.endTime >= run.startTime
      ? run.endTime - run.startTime
      : null
  return {
    id: run.id,
    experimentId: run.experimentId,
    name: run.name,
    status: run.status,
    lifecycle: run.lifecycle,
    startTime: run.startTime,
    endTime: run.endTime,
    durationMs,
    user: run.userId || run.tags['mlflow.user'] || '',
    parentId: parent && parent !== run.id ? parent : null,
    params,
    metrics,
    metricSteps,
    tags: user,
    systemTags: system,
    ...extras,
  }
}

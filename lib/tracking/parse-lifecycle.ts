import type { Lifecycle, ModelStage, RunStatus } from './types'

const RUN_STATUSES: readonly RunStatus[] = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']

export const MODEL_STAGES: readonly ModelStage[] = [
  'None',
  'Staging',
  'Production',
  'Archived',
  'Deleted_Internal',
]

/** A stored lifecycle_stage; missing means active (MLflow's default). Unknown text → null. */
export function parseLifecycle(value: string | null | undefined): Lifecycle | null {
  if (value === null || value === undefined || value === 'active') return 'active'
  if (value === 'deleted') return 'deleted'
  return null
}

/** A run status name ('FINISHED'…) as SQL and REST store it; anything else → null. */
export function parseRunStatus(value: string | null | undefined): RunStatus | null {
  return RUN_STATUSES.find((status) => status === value) ?? null
}

/** A model version's current_stage as SQL and REST store it ('Production'…); anything else → null. */
export function parseModelStage(value: string): ModelStage | null {
  return MODEL_STAGES.find((stage) => stage === value) ?? null
}

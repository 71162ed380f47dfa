import type { Lifecycle, RunStatus } from './types'

const RUN_STATUSES: readonly RunStatus[] = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED']

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

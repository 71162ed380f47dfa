import type { RunArtifact } from '../../site-data/runs/runs-snapshot-types'

const isMlmodel = (a: RunArtifact) => a.path === 'MLmodel' || a.path.endsWith('/MLmodel')

/**
 * The artifact a run's details open with: the first image, else the first text file other than
 * MLmodel (which the details show on its own), else the first parquet preview, else MLmodel;
 * null when nothing can be shown.
 */
export function defaultArtifact(artifacts: readonly RunArtifact[]): RunArtifact | null {
  const shown = artifacts.filter((a) => a.view !== null && a.file !== null)
  return (
    shown.find((a) => a.view === 'image') ??
    shown.find((a) => a.view === 'text' && !isMlmodel(a)) ??
    shown.find((a) => a.view === 'parquet') ??
    shown.find(isMlmodel) ??
    null
  )
}

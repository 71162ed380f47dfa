import type { ChunkResult } from '../../monitoring/chunk-report'
import type { RetrainSignal } from '../../monitoring/retrain-signals'

type EvidencePath = '/performance/' | '/drift/' | '/timeline/'

/**
 * The view holding a signal's evidence, with its own parameters (a chunk signal opens its
 * chunks). Shown on the view that would hold it (`current`), a signal links to the timeline,
 * where the same figures are drawn chunk by chunk.
 */
export function signalEvidence(
  signal: RetrainSignal,
  chunks: readonly ChunkResult[],
  current?: EvidencePath,
): { path: EvidencePath; query: string } {
  const found = evidenceOf(signal, chunks)
  return found.path === current ? { path: '/timeline/', query: '' } : found
}

function evidenceOf(
  signal: RetrainSignal,
  chunks: readonly ChunkResult[],
): { path: EvidencePath; query: string } {
  const pointer = signal.evidence[0] ?? ''
  const chunk = /^\/chunks\/(\d+)/.exec(pointer)
  if (chunk) {
    const chunking = chunks[Number(chunk[1])]?.chunking ?? 'season'
    return { path: '/timeline/', query: chunking === 'season' ? '' : `chunks=${chunking}` }
  }
  if (signal.kind === 'reactive') return { path: '/performance/', query: '' }
  return { path: '/drift/', query: '' }
}

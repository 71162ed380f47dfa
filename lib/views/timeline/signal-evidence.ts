import type { ChunkResult } from '../../monitoring/chunk-report'
import type { RetrainSignal } from '../../monitoring/retrain-signals'

/** The view holding a signal's evidence, with its own parameters (a chunk signal opens its chunks). */
export function signalEvidence(
  signal: RetrainSignal,
  chunks: readonly ChunkResult[],
): { path: '/performance/' | '/drift/' | '/timeline/'; query: string } {
  const pointer = signal.evidence[0] ?? ''
  const chunk = /^\/chunks\/(\d+)/.exec(pointer)
  if (chunk) {
    const chunking = chunks[Number(chunk[1])]?.chunking ?? 'season'
    return { path: '/timeline/', query: chunking === 'season' ? '' : `chunks=${chunking}` }
  }
  if (signal.kind === 'reactive') return { path: '/performance/', query: '' }
  return { path: '/drift/', query: '' }
}

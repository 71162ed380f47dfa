/** The model file inside a logged model's artifact folder (our pipeline's kobe-model-json). */
export const MODEL_FILE_NAME = 'model.json'
export const DEFAULT_MODEL_ARTIFACT = 'model'

/**
 * The artifact folder a model version's `source` points at, relative to its run's artifacts:
 * `runs:/<run>/model` → `model`; `file:///…/<run>/artifacts/sub/model` → `sub/model`; anything
 * else (`models:/m-…`, an S3 URI without `/artifacts/`) → `model`, the pipeline's own folder.
 */
export function modelArtifactFolder(source: string): string {
  const runs = /^runs:\/[^/]*\/(.+)$/.exec(source)
  if (runs?.[1]) return trimSlashes(runs[1])
  const marker = source.lastIndexOf('/artifacts/')
  if (marker >= 0) {
    const rest = trimSlashes(source.slice(marker + '/artifacts/'.length))
    if (rest) return rest
  }
  return DEFAULT_MODEL_ARTIFACT
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '')
}

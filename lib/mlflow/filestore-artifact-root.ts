import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const SCHEME_RE = /^([a-zA-Z][a-zA-Z0-9+.-]+):/

/** `mlflow-artifacts:/1/abc/artifacts` or `mlflow-artifacts://host:5000/1/abc/artifacts` → `1/abc/artifacts`. */
function proxiedArtifactPath(uri: string): string {
  const rest = uri.slice('mlflow-artifacts:'.length)
  const withoutHost = rest.startsWith('//')
    ? rest.slice(rest.indexOf('/', 2) + 1 || rest.length)
    : rest
  return withoutHost.replace(/^\/+/, '')
}

/** Local folders a stored artifact URI may point to on this machine (maybe none). */
function foldersFromUri(uri: string, storeRoot: string): string[] {
  const projectDir = dirname(storeRoot)
  const scheme = SCHEME_RE.exec(uri)?.[1]?.toLowerCase()
  if (scheme === 'file') {
    try {
      return [fileURLToPath(uri)]
    } catch {
      return []
    }
  }
  // `mlflow server --serve-artifacts` keeps files in ./mlartifacts beside ./mlruns by default
  if (scheme === 'mlflow-artifacts')
    return [join(projectDir, 'mlartifacts', proxiedArtifactPath(uri))]
  if (scheme !== undefined) return []
  if (isAbsolute(uri)) return [uri]
  return [resolve(projectDir, uri), resolve(uri)]
}

/**
 * Where to look for a run's artifacts, best first. The run's own `artifacts/` folder comes first:
 * a stored `artifact_uri` is often an absolute path from another machine (`file:///C:/Users/…`),
 * a server URI (`mlflow-artifacts:/…`) or relative to another working directory (`./mlruns/…`).
 */
export function artifactRootCandidates(
  runFolder: string,
  artifactUri: string,
  storeRoot: string,
): string[] {
  const candidates = [join(runFolder, 'artifacts')]
  if (artifactUri) candidates.push(...foldersFromUri(artifactUri, storeRoot))
  return [...new Set(candidates)]
}

/**
 * A '/'-separated artifact path made safe to join under an artifact root: no absolute paths,
 * no `..` segments, no backslashes. '' is the root itself; null when the path is refused.
 */
export function safeArtifactPath(path: string): string | null {
  if (path.includes('\\') || path.includes('\0') || path.startsWith('/')) return null
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..')) return null
  if (/^[a-zA-Z]:/.test(segments[0] ?? '')) return null
  return segments.join('/')
}

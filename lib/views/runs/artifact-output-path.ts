/** Run ids that may name a folder of the static site (MLflow's are 32 hex digits). */
const SAFE_RUN_ID = /^[A-Za-z0-9_-]{1,64}$/
/** Characters refused in an artifact path segment copied into the site. */
const UNSAFE_SEGMENT = /[\u0000-\u001f\\:*?"<>|]/

/** True when the run id can name a folder under data/artifacts/ as it is. */
export function isSafeRunId(runId: string): boolean {
  return SAFE_RUN_ID.test(runId)
}

/**
 * The artifact path as site-relative segments, or null when it must not become a file of the
 * site: empty, absolute, with `.`/`..` segments, control or Windows-reserved characters, or a
 * segment longer than 200 characters.
 */
export function safeArtifactSegments(path: string): string[] | null {
  if (path === '' || path.startsWith('/')) return null
  const segments = path.split('/')
  const bad = (s: string) =>
    s === '' || s === '.' || s === '..' || s.length > 200 || UNSAFE_SEGMENT.test(s)
  return segments.some(bad) ? null : segments
}

/** Site-relative URL of a file under data/: each segment percent-encoded for fetch and <img>. */
export function siteFileUrl(segments: readonly string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/')
}

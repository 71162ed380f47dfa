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

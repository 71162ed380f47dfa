/** MLflow's own tags (run name, user, source, parent run, logged models…) start with this. */
export const SYSTEM_TAG_PREFIX = 'mlflow.'

/** Separates the tags a user set from the `mlflow.*` tags MLflow sets itself. */
export function splitTags(tags: Record<string, string>): {
  user: Record<string, string>
  system: Record<string, string>
} {
  const user: Record<string, string> = {}
  const system: Record<string, string> = {}
  for (const key of Object.keys(tags).sort()) {
    const value = tags[key] ?? ''
    if (key.startsWith(SYSTEM_TAG_PREFIX)) system[key] = value
    else user[key] = value
  }
  return { user, system }
}

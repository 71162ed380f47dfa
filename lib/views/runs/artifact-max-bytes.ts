/** Default cap on one published artifact file: 20 MB. */
export const DEFAULT_ARTIFACT_MAX_BYTES = 20 * 1024 * 1024

/**
 * The largest artifact file the build publishes, from `MONITOR_ARTIFACT_MAX_BYTES` (a positive
 * whole number of bytes); the 20 MB default when unset or not such a number.
 */
export function artifactMaxBytes(
  value: string | undefined = process.env.MONITOR_ARTIFACT_MAX_BYTES,
) {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return DEFAULT_ARTIFACT_MAX_BYTES
  const bytes = Number(value)
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : DEFAULT_ARTIFACT_MAX_BYTES
}

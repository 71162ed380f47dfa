/**
 * Authorization headers from the environment variables the MLflow client reads:
 * MLFLOW_TRACKING_TOKEN (Bearer) or MLFLOW_TRACKING_USERNAME + MLFLOW_TRACKING_PASSWORD (Basic).
 */
export function restAuthHeaders(env: Record<string, string | undefined>): Record<string, string> {
  const token = env.MLFLOW_TRACKING_TOKEN
  if (token) return { Authorization: `Bearer ${token}` }
  const user = env.MLFLOW_TRACKING_USERNAME
  const password = env.MLFLOW_TRACKING_PASSWORD
  if (user && password !== undefined) {
    return { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` }
  }
  return {}
}

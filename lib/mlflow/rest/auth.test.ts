import { expect, test } from 'vitest'
import { restAuthHeaders } from './auth'

test('MLflow client auth variables become an Authorization header', () => {
  expect(restAuthHeaders({ MLFLOW_TRACKING_TOKEN: 't0k' })).toEqual({ Authorization: 'Bearer t0k' })
  expect(
    restAuthHeaders({ MLFLOW_TRACKING_USERNAME: 'kobe', MLFLOW_TRACKING_PASSWORD: 'mamba' }),
  ).toEqual({ Authorization: 'Basic a29iZTptYW1iYQ==' })
  expect(restAuthHeaders({ MLFLOW_TRACKING_USERNAME: 'kobe' })).toEqual({})
})

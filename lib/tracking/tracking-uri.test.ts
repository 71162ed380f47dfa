import { describe, expect, test } from 'vitest'
import { parseTrackingUri, UnsupportedTrackingUriError } from './tracking-uri'

describe('parseTrackingUri', () => {
  test.each([
    ['mlruns', { kind: 'path', path: '/proj/mlruns' }],
    ['./runs/mlruns', { kind: 'path', path: '/proj/runs/mlruns' }],
    ['/data/mlruns', { kind: 'path', path: '/data/mlruns' }],
    ['file:///data/my%20runs', { kind: 'path', path: '/data/my runs' }],
    ['file:./mlruns', { kind: 'path', path: '/proj/mlruns' }],
    ['sqlite:///mlflow.db', { kind: 'sqlite', path: '/proj/mlflow.db' }],
    ['sqlite:///db/mlflow.db?mode=ro', { kind: 'sqlite', path: '/proj/db/mlflow.db' }],
    ['sqlite:////var/lib/mlflow/mlflow.db', { kind: 'sqlite', path: '/var/lib/mlflow/mlflow.db' }],
    ['http://127.0.0.1:5000', { kind: 'rest', url: 'http://127.0.0.1:5000' }],
    ['  HTTPS://mlflow.example.org/  ', { kind: 'rest', url: 'HTTPS://mlflow.example.org/' }],
  ])('%s', (uri, target) => {
    expect(parseTrackingUri(uri, '/proj')).toEqual(target)
  })

  test.each([
    ['postgresql://mlflow:pw@db:5432/mlflow', /unsupported tracking URI scheme "postgresql"/],
    ['mysql+pymysql://u@h/mlflow', /unsupported tracking URI scheme "mysql\+pymysql"/],
    ['databricks', /"databricks" is a Databricks workspace/],
    ['databricks://profile', /scheme "databricks"/],
    ['sqlite://', /not a SQLite database file URI/],
    ['sqlite:///:memory:', /not a SQLite database file URI/],
    ['', /the tracking URI is empty/],
  ])('%s is refused, naming what is supported', (uri, reason) => {
    const error = (() => {
      try {
        parseTrackingUri(uri, '/proj')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(UnsupportedTrackingUriError)
    expect((error as Error).message).toMatch(reason)
    expect((error as Error).message).toMatch(/supported are .*sqlite:\/\/\/relative\.db.*http\(s\)/)
  })
})

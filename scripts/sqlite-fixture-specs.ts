/** Every MLflow SQLite fixture written by scripts/make-sqlite-fixtures.ts. */
import { mlflow10, mlflow1xRegistry } from './sqlite-fixture-1x'
import { mlflow3x } from './sqlite-fixture-3x'
import { mlflow3xLogged } from './sqlite-fixture-3x-logged'
import type { FixtureSpec } from './sqlite-fixture-types'

export type * from './sqlite-fixture-types'
export { mlflow10, mlflow1xRegistry, mlflow3x, mlflow3xLogged }

export const sqliteFixtureSpecs: FixtureSpec[] = [
  mlflow3x,
  mlflow10,
  mlflow1xRegistry,
  mlflow3xLogged,
]

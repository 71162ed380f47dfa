import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const COMMITTED = join(ROOT, 'lib', 'mlflow', 'fixtures', 'sqlite')

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort()
}

test('the committed SQLite fixtures are exactly what the generator writes', async () => {
  const out = mkdtempSync(join(tmpdir(), 'sqlite-fixtures-'))
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  await promisify(execFile)(tsx, ['scripts/make-sqlite-fixtures.ts', '--out', out], { cwd: ROOT })
  const generated = files(out)
  expect(generated).toEqual(files(COMMITTED).filter((path) => !path.startsWith('schema/')))
  for (const path of generated) {
    expect(
      readFileSync(join(out, path)).equals(readFileSync(join(COMMITTED, path))),
      relative(out, join(out, path)),
    ).toBe(true)
  }
})

import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'
import { openSqliteStore } from './store'

const FIXTURE = fileURLToPath(new URL('../fixtures/sqlite/mlflow-3x/', import.meta.url))
const temp = mkdtempSync(join(tmpdir(), 'sqlite-leak-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

test('a SQLite store does not list or read a symlink to /etc/passwd or a looping folder', async () => {
  cpSync(FIXTURE, temp, { recursive: true })
  const run = 'c0ffee00000000000000000000000002'
  const artifacts = join(temp, 'mlartifacts', '1', run, 'artifacts')
  symlinkSync('/etc/passwd', join(artifacts, 'passwd.txt'))
  symlinkSync('.', join(artifacts, 'loop'))
  const store = await openSqliteStore(join(temp, 'mlflow.db'))
  const listed = (await store.listArtifacts(run)).map((entry) => entry.path)
  expect(listed).toContain('metrics.json')
  expect(listed).not.toContain('passwd.txt')
  expect(listed).not.toContain('loop')
  const messages = store.problems().map((p) => p.message)
  expect(messages).toContain(
    `artifact "passwd.txt" of run "${run}" refused: it leads to /etc/passwd, outside the store, the project and MONITOR_ARTIFACT_ROOTS`,
  )
  expect(
    messages.some((m) =>
      m.startsWith(`artifact "loop" of run "${run}" refused: a symlinked folder`),
    ),
  ).toBe(true)
  await expect(store.readArtifact(run, 'passwd.txt')).rejects.toThrow(
    /artifact refused: it leads to \/etc\/passwd, outside the store/,
  )
  store.close()
})

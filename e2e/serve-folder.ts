import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

/** A static server of one folder for the specs that build their own site; `stop()` ends it. */
export interface ServedFolder {
  stop(): void
}

/**
 * Serves `folder` with sirv on 127.0.0.1:`port` and resolves once `probe` (a path on it) answers
 * 200. sirv's own binary is spawned, not `npx sirv`: killing npx left its sirv child serving the
 * port after the spec, for the next run to find taken.
 */
export async function serveFolder(
  folder: string,
  port: number,
  probe = '/',
): Promise<ServedFolder> {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'sirv')
  const server: ChildProcess = spawn(
    bin,
    [folder, '--port', String(port), '--host', '127.0.0.1', '--quiet'],
    {
      stdio: 'ignore',
    },
  )
  const stop = () => {
    server.kill()
  }
  const url = `http://127.0.0.1:${port}${probe}`
  for (let i = 0; i < 100; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return { stop }
    await new Promise((done) => setTimeout(done, 200))
  }
  stop()
  throw new Error(`sirv did not serve ${url}`)
}

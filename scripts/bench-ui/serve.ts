/** Serves a built out/ folder with sirv on a free local port; returns its URL and a stop function. */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function serveOut(
  tree: string,
): Promise<{ base: string; stop: () => void; port: number }> {
  // BENCH_PORT: a fixed port, for machines where each user keeps to a range of ports
  const fixed = Number(process.env.BENCH_PORT)
  let port = Number.isInteger(fixed) && fixed > 0 ? fixed : await freePort()
  if (port === 3100) port = await freePort()
  // a server left on a fixed port would answer for this one, serving another site
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`port ${port} is already serving something: stop it or choose another`)
  const child = spawn(
    join(tree, 'node_modules', '.bin', 'sirv'),
    ['out', '--port', String(port), '--host', '127.0.0.1', '--quiet'],
    { cwd: tree, stdio: 'ignore' },
  )
  const base = `http://127.0.0.1:${port}`
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM')
  }
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop, port }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  stop()
  throw new Error(`sirv did not answer on ${base} within 10 s`)
}

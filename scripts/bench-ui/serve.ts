/** Serves a built out/ folder with sirv on a free local port; returns its URL and a stop function. */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

function listenable(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const freePort = () => listenable(0)

/**
 * The first port from `from` (up to 9 above it) nobody listens on: the first-paint bench serves
 * the site and the empty page at once, and a second sirv on a taken port would exit while the
 * readiness check below got its answer from the first.
 */
async function freePortFrom(from: number): Promise<number> {
  for (let port = from; port < from + 10; port++) {
    try {
      return await listenable(port)
    } catch {
      // taken: try the next
    }
  }
  throw new Error(`BENCH_PORT=${from}: ports ${from} to ${from + 9} are all taken`)
}

export async function serveOut(
  tree: string,
): Promise<{ base: string; stop: () => void; port: number }> {
  // BENCH_PORT: the first of a range of ports (10), for machines where each user keeps to one
  const fixed = Number(process.env.BENCH_PORT)
  let port = Number.isInteger(fixed) && fixed > 0 ? await freePortFrom(fixed) : await freePort()
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

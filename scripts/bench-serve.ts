/**
 * Benchmarks the scoring server against a bare node:http server answering a constant, in the
 * same run: each server in its own child process, driven from this process by autocannon on
 * 127.0.0.1 at concurrency 1, 10 and 50 with 1-row and 1,000-row payloads, in 1 s slices that
 * alternate the two servers (a shared machine's load then hits both alike); p50 is the median
 * of the slices' p50, p99 their maximum.
 *
 *   npm run bench:serve                    # 5 s per case
 *   npm run bench:serve -- --seconds 2
 *
 * A third server, `body`, is the bare one reading and parsing the request body as any POST
 * endpoint must (the bare server discards it): it shows how much of the gap that alone is.
 *
 * Prints req/s, p50/p99 latency, errors (non-2xx, timeouts, socket errors), the server's CPU time
 * per request (user + system, from /proc: the figure a loaded machine stretches least) and its RSS
 * before, after and at peak (VmHWM). Exit code 1 when any case has errors.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { readParquetFile } from '../lib/parquet/read-parquet-file'

interface CannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  errors: number
  timeouts: number
  non2xx: number
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } })
const SECONDS = Math.max(1, Math.round(Number(values.seconds)))
const FEATURES = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
const LISTEN = `.listen(0,'127.0.0.1',function(){console.log('http://127.0.0.1:'+this.address().port+'/invocations')})`
const BARE = `require('node:http').createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(200,{'Content-Type':'application/json'});s.end('{"predictions":[0]}')})})${LISTEN}`
const BODY = `require('node:http').createServer((q,s)=>{let b='';q.setEncoding('utf8');q.on('data',(c)=>{b+=c});q.on('end',()=>{JSON.parse(b);s.writeHead(200,{'Content-Type':'application/json'});s.end('{"predictions":[0]}')})})${LISTEN}`
const SERVERS = ['bare', 'body', 'serve'] as const
type ServerName = (typeof SERVERS)[number]

function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const url = chunk.toString().match(/http:\/\/\S+\/invocations/)?.[0]
      if (url) resolve({ child, url })
    })
    child.once('exit', (code) => reject(new Error(`server exited with code ${code}`)))
  })
}

const memory = (pid: number, key: 'VmRSS' | 'VmHWM') => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`))
  return line ? Number(line[1]) / 1024 : NaN
}

async function payload(rows: number): Promise<string> {
  const table = await readParquetFile('data/output/predictions_prod.parquet', { columns: FEATURES })
  const data = Array.from({ length: rows }, (_, i) =>
    FEATURES.map((f) => table.data[f]![i % table.numRows] as number),
  )
  return JSON.stringify({ dataframe_split: { columns: FEATURES, data } })
}

/** User + system CPU seconds of a process so far (/proc/<pid>/stat, in clock ticks of 1/100 s). */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

const pad = (s: string | number, n: number) => String(s).padStart(n)

async function main(): Promise<number> {
  const bodies = { 1: await payload(1), 1000: await payload(1000) }
  const servers = {
    bare: await startServer(['-e', BARE]),
    body: await startServer(['-e', BODY]),
    serve: await startServer(['--import', 'tsx', 'scripts/serve-model.ts', '--port', '0']),
  }
  // warm-up (JIT, connection pools), not measured
  for (const { url } of Object.values(servers)) {
    for (const body of Object.values(bodies)) {
      await autocannon({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: 10,
        duration: 1,
      })
    }
  }
  let failures = 0
  const throughput: Record<string, number> = {}
  console.log(`${SECONDS} s per case; RSS in MB (start → end, peak)`)
  console.log('server  rows  conns     req/s  p50 ms  p99 ms  errors  CPU µs/req   RSS')
  try {
    for (const rows of [1, 1000] as const) {
      for (const connections of [1, 10, 50]) {
        const runs: Record<ServerName, CannonResult[]> = { bare: [], body: [], serve: [] }
        const cpu: Record<ServerName, number> = { bare: 0, body: 0, serve: 0 }
        const rss: Partial<Record<ServerName, number>> = {}
        // 1 s slices in turn, the order reversed every other slice, so a neighbour's load hits all alike
        for (let slice = 0; slice < SECONDS; slice++) {
          const order = slice % 2 === 0 ? SERVERS : [...SERVERS].reverse()
          for (const name of order) {
            const { child, url } = servers[name]
            rss[name] ??= memory(child.pid!, 'VmRSS')
            const before = cpuSeconds(child.pid!)
            runs[name].push(
              await autocannon({
                url,
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: bodies[rows],
                connections,
                duration: 1,
              }),
            )
            cpu[name] += cpuSeconds(child.pid!) - before
          }
        }
        for (const name of SERVERS) {
          const slices = runs[name]
          const child = servers[name].child
          const reqs = slices.reduce((sum, r) => sum + r.requests.average, 0) / slices.length
          const p50s = slices.map((r) => r.latency.p50).sort((a, b) => a - b)
          const p50 = p50s[Math.floor(p50s.length / 2)]!
          const p99 = Math.max(...slices.map((r) => r.latency.p99))
          const errors = slices.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0)
          failures += errors
          throughput[`${name}/${rows}/${connections}`] = reqs
          const total = slices.reduce((sum, r) => sum + r.requests.total, 0)
          const perRequest = ((cpu[name] / total) * 1e6).toFixed(1)
          const mem = `${rss[name]!.toFixed(0)} → ${memory(child.pid!, 'VmRSS').toFixed(0)}, ${memory(child.pid!, 'VmHWM').toFixed(0)}`
          console.log(
            `${name.padEnd(6)}${pad(rows, 6)}${pad(connections, 7)}${pad(reqs.toFixed(0), 10)}` +
              `${pad(p50, 8)}${pad(p99, 8)}${pad(errors, 8)}${pad(perRequest, 12)}   ${mem}`,
          )
        }
      }
    }
  } finally {
    for (const { child } of Object.values(servers)) child.kill()
  }
  for (const connections of [1, 10, 50]) {
    const of = (name: ServerName) =>
      (throughput[`serve/1/${connections}`]! / throughput[`${name}/1/${connections}`]!).toFixed(2)
    console.log(
      `1-row throughput at ${connections} connection(s): ${of('bare')} of bare (target ≥ 0.80), ${of('body')} of bare reading the body`,
    )
  }
  console.log(failures === 0 ? 'no errors' : `${failures} errors`)
  return failures === 0 ? 0 : 1
}

process.exitCode = await main()

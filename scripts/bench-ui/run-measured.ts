/**
 * Runs a command to completion and measures it: wall time, the peak RSS of its largest process
 * (GNU time's %M, when /usr/bin/time exists) and the peak of the whole process tree's summed RSS
 * (sampled from /proc every 100 ms; Linux only).
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

export interface Measured {
  command: string
  ms: number
  exitCode: number | null
  /** max RSS of the largest single process, bytes (null without /usr/bin/time) */
  peakRssBytes: number | null
  /** max over samples of the summed RSS of the process tree, bytes (null off Linux) */
  peakTreeRssBytes: number | null
  /** last lines of output, for the report when it failed */
  tail: string
}

const PAGE = 4096

function treeRss(root: number): number | null {
  if (!existsSync('/proc')) return null
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export function runMeasured(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: (line: string) => void },
): Promise<Measured> {
  const useTime = existsSync('/usr/bin/time')
  const argv = useTime ? ['/usr/bin/time', '-f', 'BENCH_UI_MAXRSS_KB=%M', ...args] : args
  const started = performance.now()
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let peakTree: number | null = null
  const sample = () => {
    if (child.pid === undefined) return
    const rss = treeRss(child.pid)
    if (rss !== null) peakTree = Math.max(peakTree ?? 0, rss)
  }
  const timer = setInterval(sample, 100)
  const onData = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-20_000)
    for (const line of text.split('\n')) {
      if (line.trim() && !line.startsWith('BENCH_UI_MAXRSS_KB=')) options.echo?.(line)
    }
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      const match = /BENCH_UI_MAXRSS_KB=(\d+)/.exec(output)
      resolve({
        command: args.join(' '),
        ms: performance.now() - started,
        exitCode: code,
        peakRssBytes: match ? Number(match[1]) * 1024 : null,
        peakTreeRssBytes: peakTree,
        tail: output.split('\n').slice(-30).join('\n'),
      })
    })
  })
}

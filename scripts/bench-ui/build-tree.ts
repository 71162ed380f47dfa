/**
 * Copies the project into a scratch folder (without node_modules, .next, out, public/data and
 * test output; node_modules is symlinked) and builds it there: build-data, then next build and the first-paint rewrite,
 * each measured. The working tree's own out/ and public/data are never touched.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join, parse, relative, sep } from 'node:path'
import { runMeasured, type Measured } from './run-measured'

const SKIPPED = new Set([
  'node_modules',
  '.next',
  'out',
  '.git',
  'test-results',
  'playwright-report',
  'bench-output',
  'tsconfig.tsbuildinfo',
])

export interface TreeBuild {
  tree: string
  buildData: Measured
  nextBuild: Measured | null
  /** files under out/data with their sizes, bytes */
  outData: { file: string; bytes: number }[]
  outDataBytes: number
}

/** The deepest folder holding both paths (turbopack must see the symlinked node_modules). */
export function commonAncestor(a: string, b: string): string {
  const pa = a.split(sep)
  const pb = b.split(sep)
  let i = 0
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++
  return pa.slice(0, i).join(sep) || parse(a).root
}

/** In the copy only: let turbopack resolve through the node_modules symlink (to `from`'s). */
export function patchNextConfig(tree: string, from: string): void {
  const path = join(tree, 'next.config.mjs')
  const text = readFileSync(path, 'utf8')
  const rootDir = commonAncestor(realpathSync(tree), realpathSync(join(from, 'node_modules')))
  const patched = text.replace(
    /const nextConfig = \{/,
    `const nextConfig = {\n  turbopack: { root: ${JSON.stringify(rootDir)} },`,
  )
  if (patched === text) throw new Error(`${path}: no "const nextConfig = {" to patch`)
  writeFileSync(path, patched)
}

export function copyTree(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true })
  mkdirSync(to, { recursive: true })
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = relative(from, src)
      if (rel === '') return true
      if (SKIPPED.has(rel)) return false
      return rel !== join('public', 'data')
    },
  })
  symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir')
}

function listFiles(dir: string): { file: string; bytes: number }[] {
  if (!existsSync(dir)) return []
  const out: { file: string; bytes: number }[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      const s = statSync(path)
      if (s.isDirectory()) walk(path)
      else out.push({ file: relative(dir, path), bytes: s.size })
    }
  }
  walk(dir)
  return out.sort((a, b) => b.bytes - a.bytes)
}

export async function buildTree(
  tree: string,
  env: Record<string, string>,
  echo: (line: string) => void,
): Promise<TreeBuild> {
  const bin = (name: string) => join(tree, 'node_modules', '.bin', name)
  const fullEnv = { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' }
  // what `npm run build`'s prebuild does: the page worker first (Open a project needs it)
  echo('page worker …')
  const worker = await runMeasured([bin('tsx'), 'scripts/build-page-worker.ts'], {
    cwd: tree,
    env: fullEnv,
    echo: (line) => echo(`  ${line}`),
  })
  if (worker.exitCode !== 0) {
    return { tree, buildData: worker, nextBuild: null, outData: [], outDataBytes: 0 }
  }
  echo('build-data …')
  const buildData = await runMeasured([bin('tsx'), 'scripts/build-data.ts'], {
    cwd: tree,
    env: fullEnv,
    echo: (line) => echo(`  ${line}`),
  })
  if (buildData.exitCode !== 0) {
    return { tree, buildData, nextBuild: null, outData: [], outDataBytes: 0 }
  }
  echo('next build …')
  const nextBuild = await runMeasured([bin('next'), 'build'], {
    cwd: tree,
    env: fullEnv,
    echo: (line) => echo(`  ${line}`),
  })
  // and npm's postbuild: the stylesheet inline
  if (nextBuild.exitCode === 0) {
    const rewrite = await runMeasured([bin('tsx'), 'scripts/first-paint-html.ts'], {
      cwd: tree,
      env: fullEnv,
      echo: (line) => echo(`  ${line}`),
    })
    if (rewrite.exitCode !== 0) throw new Error(`first-paint-html.ts failed:\n${rewrite.tail}`)
  }
  const outData = listFiles(join(tree, 'out', 'data'))
  return {
    tree,
    buildData,
    nextBuild,
    outData,
    outDataBytes: outData.reduce((s, f) => s + f.bytes, 0),
  }
}

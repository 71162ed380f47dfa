import { build } from 'esbuild'
import { openAsBlob, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pageBundleOptions, repoRoot } from './page-worker-plugin.ts'
await build({ ...pageBundleOptions, entryPoints: [join(repoRoot, 'lib/site-data/build-virtual-site.ts')], outfile: '/tmp/vsite.mjs' })
const { buildVirtualSite } = await import('/tmp/vsite.mjs')
const dir = process.argv[2]!
const files: { path: string; blob: Blob }[] = []
const walk = async (d: string) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) await walk(p); else files.push({ path: '/proj/' + relative(dir, p), blob: await openAsBlob(p) }) } }
await walk(dir)
const t = performance.now()
const site = await buildVirtualSite(files, '/proj', (s: string, d?: string) => console.log('stage', s, d ?? '', Math.round(performance.now() - t)))
console.log(((performance.now() - t) / 1000).toFixed(1), 's', site.files.size, site.build.snapshot.datasets.prod?.rows)

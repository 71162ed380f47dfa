import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/**
 * The deploy files are configuration, not code: these checks keep them pointing at commands and
 * variables the project really has, so a copy-pasted workflow or a Vercel import does not break
 * when a script is renamed.
 */
const root = join(__dirname, '..', '..')
const read = (file: string) => readFileSync(join(root, file), 'utf8')
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
const readme = read('README.md')

/** The npm scripts a shell line runs (`npm run x`, `npm ci` and `npm test` are npm's own). */
const npmScripts = (line: string) =>
  [...line.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!)

describe('vercel.json', () => {
  const vercel = JSON.parse(read('vercel.json')) as Record<string, string>
  it('builds with a script that runs the pipeline when no data is configured, into out/', () => {
    expect(vercel.outputDirectory).toBe('out')
    for (const name of npmScripts(vercel.buildCommand!)) expect(scripts[name]).toBeDefined()
    expect(scripts['build:site']).toContain('scripts/ensure-pipeline.ts')
    expect(scripts['build:site']).toContain('npm run build')
  })
})

describe('deploy/github-pages.yml', () => {
  type Step = {
    run?: string
    uses?: string
    env?: Record<string, string>
    with?: Record<string, string>
  }
  const workflow = parse(read('deploy/github-pages.yml')) as {
    permissions: Record<string, string>
    jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } }
  }
  const steps = workflow.jobs.build.steps

  it('runs only npm scripts the dashboard has, with variables the README documents', () => {
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []))
    expect(runs).toContain('npm run build')
    for (const name of runs.flatMap(npmScripts)) expect(scripts[name]).toBeDefined()
    const env = steps.flatMap((s) => Object.keys(s.env ?? {}))
    expect(env).toEqual(['MONITOR_PROJECT', 'BASE_PATH'])
    for (const name of env) expect(readme).toContain(`\`${name}\``)
  })

  it('publishes the static export under the repository sub-path with the Pages actions', () => {
    const build = steps.find((s) => s.run === 'npm run build')!
    expect(build.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}')
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(
      'dashboard/out',
    )
    expect(workflow.jobs.deploy.needs).toBe('build')
    expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/)
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' })
  })
})

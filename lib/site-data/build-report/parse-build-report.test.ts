import { expect, test } from 'vitest'
import { parseBuildReport } from './parse-build-report'

const good = {
  version: 1,
  generatedAt: '2026-12-04T18:00:00.000Z',
  sources: {
    rule: 'r',
    tracking: null,
    prod: null,
    dev: null,
    run: null,
    stores: [],
    pairs: [],
    notes: [],
  },
  problems: [{ step: 'runs', path: './mlruns', message: 'x' }],
  counts: { snapshot: 0, runs: 1, 'what-if': 0, comparison: 0, monitoring: 0, sources: 0 },
}

test('reads a build report and names what is wrong in one that is not', () => {
  expect(parseBuildReport(JSON.stringify(good)).problems).toHaveLength(1)
  expect(() => parseBuildReport('{')).toThrow(/^data\/build-report\.json: not JSON/)
  expect(() => parseBuildReport(JSON.stringify({ ...good, version: 2 }))).toThrow(
    'data/build-report.json: version 2, this page reads version 1: rebuild the site',
  )
  expect(() =>
    parseBuildReport(JSON.stringify({ ...good, problems: [{ step: 'deploy', message: 'x' }] })),
  ).toThrow(
    'data/build-report.json: problems[0] has step "deploy"; expected one of snapshot, runs, what-if, comparison, monitoring, sources with a message',
  )
})

test('a report without its counts is refused by name', () => {
  const noCounts: Partial<typeof good> = { ...good }
  delete noCounts.counts
  expect(() => parseBuildReport(JSON.stringify(noCounts))).toThrow(
    'data/build-report.json: field "counts" must be an object, got missing: rebuild the site (npm run build)',
  )
})

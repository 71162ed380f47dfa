import { expect, test, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { serveFolder, type ServedFolder } from './serve-folder'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openFileStoreWriter } from '../lib/mlflow/filestore/writer'
import { readModelFile, scoreModel } from '../lib/model-reader/read-model-file'
import { scoreRow } from '../lib/views/what-if/what-if-model'
import { readParquetFile } from '../lib/parquet/read-parquet-file'
import { loadPredictionsFile } from '../lib/predictions/load-predictions'
import type { ModelSnapshot } from '../lib/site-data/model/model-snapshot-types'
import { sklearnMlmodel } from '../lib/mlflow/fixtures/sklearn-mlmodel'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

const SHOTS = 'e2e/screenshots'

interface ProdShot {
  id: number
  score: number
  distance: number
}

/** Three prod shots read apart from the page: the first row, the longest shot, a playoff overtime one. */
async function pickProdShots(): Promise<ProdShot[]> {
  const table = await readParquetFile('data/output/predictions_prod.parquet', {
    columns: ['shot_id', 'prediction_score', 'shot_distance', 'playoffs', 'period'],
  })
  const d = table.data as Record<string, number[]>
  const shot = (i: number): ProdShot => ({
    id: d.shot_id![i]!,
    score: d.prediction_score![i]!,
    distance: d.shot_distance![i]!,
  })
  let longest = 0
  for (let i = 1; i < table.numRows; i++)
    if (d.shot_distance![i]! > d.shot_distance![longest]!) longest = i
  let overtime = d.playoffs!.findIndex((p, i) => p === 1 && d.period![i]! >= 5)
  if (overtime < 0) overtime = d.playoffs!.indexOf(1)
  return [shot(0), shot(longest), shot(overtime)]
}

const servedModel = (): ModelSnapshot =>
  JSON.parse(readFileSync('out/data/model.json', 'utf8')) as ModelSnapshot

const probability = async (page: Page) =>
  Number(await page.getByTestId('what-if-probability').getAttribute('data-value'))
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

async function open(page: Page, path = '/what-if/') {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What if?')
  await expect(page.getByTestId('what-if-probability')).not.toHaveAttribute('data-value', '')
  await expect(page.getByRole('button', { name: 'Load shot' })).toBeVisible()
}

test('three prod shots: the live probability equals their stored prediction_score', async ({
  page,
}) => {
  const errors = watchErrors(page)
  const shots = await pickProdShots()
  expect(new Set(shots.map((s) => s.id)).size).toBe(3)
  await open(page)
  const model = page.getByTestId('what-if-model')
  await expect(model).toContainText('kobe-shot-model version 1 · alias champion')
  await expect(model).toContainText('Treinamento - ')
  for (const shot of shots) {
    await page.getByLabel('Prod shot_id').fill(String(shot.id))
    await page.getByRole('button', { name: 'Load shot' }).click()
    await expect(page.getByTestId('what-if-shot')).toContainText(`Shot ${shot.id}`)
    await expect(field(page, 'Shot distance (ft)')).toHaveValue(String(shot.distance))
    const live = await probability(page)
    expect(Math.abs(live - shot.score)).toBeLessThanOrEqual(1e-12)
    expect(Number(await page.getByTestId('what-if-stored-score').getAttribute('data-value'))).toBe(
      shot.score,
    )
    await expect(page.getByTestId('what-if-shot')).toContainText('Equal (difference 0)')
    await expect(page).toHaveURL(new RegExp(`wi_shot=${shot.id}`))
    await expect(page.getByTestId('what-if-label')).toHaveText(
      shot.score >= 0.5 ? 'Made' : 'Missed',
    )
    // the longest shot (79 ft) is beyond half court: the whole court is shown
    if (shot === shots[1]) await expect(page.getByText('Full court is shown because')).toBeVisible()
  }
  // editing a value detaches the stored score
  const minutes = await field(page, 'Minutes remaining (min)').inputValue()
  await field(page, 'Minutes remaining (min)').fill(minutes === '11' ? '10' : '11')
  await expect(page.getByTestId('what-if-shot')).toContainText(
    'The form changed after loading shot',
  )
  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
})

test('the Model list runs the decision tree on prod shot 11; the champion agrees with the file', async ({
  page,
}) => {
  const errors = watchErrors(page)
  const { models } = servedModel()
  expect(models!.map((m) => m.source.runName)).toEqual([
    'Treinamento - LogisticRegression',
    'Treinamento - DecisionTree',
  ])
  const [champion, tree] = models!
  expect(tree!.estimator).toMatch(/^DecisionTreeClassifier\(max_depth=\d+\)$/)
  // prod shot 11 (the first prod row) with its six inputs, read apart from the page
  const prod = await loadPredictionsFile('data/output/predictions_prod.parquet')
  const ids = prod.data.context.shot_id as ArrayLike<unknown>
  const i = Array.from(ids, Number).indexOf(11)
  expect(i).toBeGreaterThanOrEqual(0)
  const stored = prod.data.probability![i]!
  const row = Object.fromEntries(tree!.inputs.map((f) => [f, prod.data.features[f]![i]!]))
  const treeP = scoreRow(tree!.model, [], row)
  expect(scoreRow(champion!.model, [], row)).toBe(stored)
  expect(Math.abs(treeP - stored)).toBeGreaterThan(1e-6)

  await open(page, '/what-if/?wi_shot=11')
  const select = page.getByRole('combobox', { name: 'Model', exact: true })
  await expect(select.locator('option')).toHaveText([
    'kobe-shot-model v1 @champion — LogisticRegression (Treinamento - LogisticRegression)',
    `${tree!.estimator} (Treinamento - DecisionTree)`,
  ])
  await expect(select).toHaveValue('kobe-shot-model/1')
  expect(await probability(page)).toBe(stored)
  await expect(page.getByTestId('what-if-shot')).toContainText('Equal (difference 0)')

  await select.selectOption({ label: `${tree!.estimator} (Treinamento - DecisionTree)` })
  await expect(page).toHaveURL(new RegExp(`model=${tree!.key}`))
  await expect.poll(() => probability(page)).toBe(treeP)
  await expect(page.getByTestId('what-if-shot')).toContainText(
    'this file was scored by the served model (kobe-shot-model v1 @champion), not by the selected one',
  )
  await expect(page.getByTestId('what-if-model-current')).toHaveText(
    `${tree!.estimator} (Treinamento - DecisionTree)`,
  )
  await expect(page.getByTestId('what-if-model')).toContainText('Selected model')
  await expect(page.getByTestId('what-if-model')).toContainText(tree!.estimator)
  await expect(page.getByTestId('what-if-label')).toHaveText(treeP >= 0.5 ? 'Made' : 'Missed')
  await fullPageShot(page, `${SHOTS}/what-if-model-tree-1280.png`)

  // the link keeps the choice; back to the champion, the stored score agrees again
  await page.reload()
  await expect(select).toHaveValue(tree!.key)
  await expect.poll(() => probability(page)).toBe(treeP)
  await select.selectOption('kobe-shot-model/1')
  await expect(page).not.toHaveURL(/model=/)
  await expect.poll(() => probability(page)).toBe(stored)
  await expect(page.getByTestId('what-if-shot')).toContainText('Equal (difference 0)')

  // an unknown model falls back to the served one with a sentence
  await open(page, '/what-if/?wi_shot=11&model=kobe-shot-model/9')
  await expect(page.getByTestId('what-if-model-unknown')).toHaveText(
    'No model “kobe-shot-model/9” in this build: showing the served model.',
  )
  expect(await probability(page)).toBe(stored)
  expect(errors).toEqual([])
})

test('a link reproduces the what-if, and the probability is the model JSON evaluated', async ({
  page,
}) => {
  const errors = watchErrors(page)
  const served = servedModel()
  const values = {
    lat: 33.9213,
    lng: -118.1398,
    minutes_remaining: 2,
    period: 4,
    playoffs: 1,
    shot_distance: 17,
  }
  const query = Object.entries(values)
    .map(([k, v]) => `wi_${k}=${v}`)
    .join('&')
  await open(page, `/what-if/?${query}&threshold=0.3`)
  await expect(field(page, 'Latitude (°)')).toHaveValue('33.9213')
  await expect(page.getByRole('combobox', { name: 'Period (list)' })).toHaveValue('4')
  await expect(page.getByRole('checkbox', { name: 'Playoff game' })).toBeChecked()
  const expected = scoreRow(served.model!, [], values)
  expect(await probability(page)).toBe(expected)
  await expect(page.getByTestId('what-if-label')).toHaveText(expected >= 0.3 ? 'Made' : 'Missed')
  await expect(page.getByText('Predicted at threshold 0.30')).toBeVisible()
  // typing updates the probability and the URL
  await field(page, 'Minutes remaining (min)').fill('9')
  await expect
    .poll(() => probability(page))
    .toBe(scoreRow(served.model!, [], { ...values, minutes_remaining: 9 }))
  await expect(page).toHaveURL(/wi_minutes_remaining=9&.*threshold=0\.3/)
  expect(errors).toEqual([])
})

test('out-of-range and non-numeric values show inline errors, never a crash', async ({ page }) => {
  const errors = watchErrors(page)
  await open(page)
  await field(page, 'Shot distance (ft)').fill('120')
  const message = 'Shot distance (shot_distance): 120 is outside the valid range 0 ft to 92 ft.'
  await expect(page.locator('[data-feature="shot_distance"]').getByRole('alert')).toHaveText(
    message,
  )
  await expect(page.getByTestId('what-if-probability')).toHaveText('—')
  await expect(page.getByTestId('what-if-unavailable')).toHaveText(`No probability: ${message}`)
  await expect(page.getByRole('figure', { name: 'P(made) vs Period' })).toContainText(
    'Fix the form to draw the curves',
  )
  await field(page, 'Latitude (°)').fill('north')
  await expect(page.locator('[data-feature="lat"]').getByRole('alert')).toHaveText(
    'Latitude (lat): "north" is not a number; enter a value from 33.1518° to 34.0918°.',
  )
  await field(page, 'Period').fill('2.5')
  await expect(page.locator('[data-feature="period"]').getByRole('alert')).toHaveText(
    'Period (period): 2.5 is not a whole number (1 to 7).',
  )
  await fullPageShot(page, `${SHOTS}/what-if-invalid-1280.png`)
  await page.getByRole('button', { name: 'Reset to the dev medians' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
  await expect(page.getByTestId('what-if-probability')).not.toHaveText('—')
  expect(errors).toEqual([])
})

test('clicking the court sets lat, lng and shot distance together and moves the probability', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await open(page)
  const court = page.getByRole('figure', { name: 'Click the court to place the shot' })
  await expect(court).toHaveAttribute('data-ready', 'true')
  const before = { lat: await field(page, 'Latitude (°)').inputValue(), p: await probability(page) }
  const box = (await court.locator('.leaflet-container').boundingBox())!
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.45)
  await expect(field(page, 'Latitude (°)')).not.toHaveValue(before.lat)
  const lat = Number(await field(page, 'Latitude (°)').inputValue())
  const lng = Number(await field(page, 'Longitude (°)').inputValue())
  const distance = Number(await field(page, 'Shot distance (ft)').inputValue())
  // loc units from the data's affine fit, distance truncated to whole feet
  const x = Math.round((lng + 118.2698) * 1000)
  const y = Math.round((34.0443 - lat) * 1000)
  expect(x).toBeLessThan(-60)
  expect(y).toBeGreaterThan(100)
  expect(distance).toBe(Math.floor(Math.sqrt(x * x + y * y) / 10))
  expect(await probability(page)).not.toBe(before.p)
  // typing a latitude moves the marker and recomputes the distance
  await field(page, 'Latitude (°)').fill('34.0443')
  await expect(field(page, 'Shot distance (ft)')).toHaveValue(String(Math.floor(Math.abs(x) / 10)))
  expect(errors).toEqual([])
})

test('each curve downloads as a PNG named for its input', async ({ page }) => {
  await open(page)
  const figure = page.getByRole('figure', { name: 'P(made) vs Shot distance' })
  await expect(figure).toHaveAttribute('data-ready', 'true')
  const download = page.waitForEvent('download')
  await figure.getByRole('button', { name: 'Download PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('what_if_shot_distance_curve.png')
  const bytes = readFileSync(await file.path())
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.length).toBeGreaterThan(10_000)
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(300)
})

test('screenshots: 1280, phone width, dark and Portuguese', async ({ page }) => {
  const errors = watchErrors(page)
  mkdirSync(SHOTS, { recursive: true })
  const [shot] = await pickProdShots()
  await open(page, `/what-if/?wi_shot=${shot!.id}`)
  await expect(page.getByTestId('what-if-shot')).toContainText('Equal (difference 0)')
  await expect(
    page.getByRole('figure', { name: 'Click the court to place the shot' }),
  ).toHaveAttribute('data-ready', 'true')
  await expect(page.locator('figure[data-testid="plot"][data-ready="true"]')).toHaveCount(6)
  await fullPageShot(page, `${SHOTS}/what-if-1280.png`)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/what-if/?wi_shot=${shot!.id}`)
  await expect(page.getByTestId('what-if-shot')).toContainText('Equal (difference 0)')
  await expect(page.locator('figure[data-testid="plot"][data-ready="true"]')).toHaveCount(6)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
  await fullPageShot(page, `${SHOTS}/what-if-390.png`)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`/what-if/?wi_shot=${shot!.id}&lang=pt-BR`)
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E se?')
  await expect(page.getByTestId('what-if-shot')).toContainText('Iguais (diferença 0)')
  await expect(page.locator('figure[data-testid="plot"][data-ready="true"]')).toHaveCount(6)
  await fullPageShot(page, `${SHOTS}/what-if-1280-dark.png`)
  expect(errors).toEqual([])
})

test('a what-if link parameter the view cannot use is named in the notice', async ({ page }) => {
  await page.goto('/what-if/?wi_shot=abc&wi_colour=red')
  const notice = page.getByTestId('ignored-params')
  await expect(notice).toContainText('wi_shot=abc was ignored: not a shot_id (a whole number).')
  await expect(notice).toContainText('wi_colour=red was ignored: not an input of the model.')
})

test.describe("a student's project: a pickled scikit-learn pipeline registered @champion", () => {
  const PORT = Number(process.env.E2E_STUDENT_PORT ?? 3102)
  const ORIGIN = `http://127.0.0.1:${PORT}`
  const FIXTURES = 'lib/model-reader/fixtures'
  const PYCARET = join(FIXTURES, 'pycaret', 'pycaret3-calibrated.pkl')
  /** two shots and xgboost 1.7.4's predict_proba[:, 1] of each (make_xgboost_fixtures.py) */
  const XGBOOST = JSON.parse(
    readFileSync(join(FIXTURES, 'xgboost', 'xgb_binary.what-if.json'), 'utf8'),
  ) as { model: string; shots: { inputs: Record<string, number>; probability: number }[] }
  let tmp = ''
  let server: ServedFolder | undefined
  let pycaretRun = ''
  let xgboostRun = ''

  /** An MLmodel as mlflow.sklearn.log_model writes it. */
  const mlmodel = (runId: string) => sklearnMlmodel({ runId })

  test.beforeAll(async () => {
    test.setTimeout(300_000)
    tmp = mkdtempSync(join(tmpdir(), 'what-if-student-'))
    const project = join(tmp, 'project')
    mkdirSync(join(project, 'data'), { recursive: true })
    for (const side of ['dev', 'prod'])
      cpSync(
        `data/output/predictions_${side}.parquet`,
        join(project, 'data', `predictions_${side}.parquet`),
      )
    const writer = await openFileStoreWriter(join(project, 'mlruns'))
    const experiment = await writer.getOrCreateExperiment('kobe-student')
    const log = async (name: string, pickle: string) => {
      const run = await writer.startRun(experiment, { runName: name })
      await run.logArtifactContent('model/model.pkl', readFileSync(pickle))
      await run.logArtifactContent('model/MLmodel', mlmodel(run.runId))
      await run.end()
      return run.runId
    }
    const lr = await log('lr pipeline', join(FIXTURES, 'logreg_binary_pipeline.p5.pkl'))
    await writer.registerModelVersion('student-model', lr, 'model', { alias: 'champion' })
    await log('naive bayes', join(FIXTURES, 'unsupported', 'gaussian-nb.pkl'))
    pycaretRun = await log('pycaret', PYCARET)
    xgboostRun = await log('xgboost', join(FIXTURES, 'xgboost', XGBOOST.model))
    // the pages of the Kobe build, with the data files built from the student's project
    const site = join(tmp, 'site')
    cpSync('out', site, { recursive: true })
    const env: NodeJS.ProcessEnv = { ...process.env, MONITOR_PROJECT: project }
    delete env.MLFLOW_TRACKING_URI
    const build = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--out', join(site, 'data')], {
      env,
      encoding: 'utf8',
    })
    if (build.status !== 0) throw new Error(`build-data failed:\n${build.stderr}`)
    server = await serveFolder(site, PORT)
  })

  const PYCARET_ESTIMATOR =
    'Pipeline(CleanColumnNames, SimpleImputer, OneHotEncoder, RobustScaler, CalibratedClassifierCV, LogisticRegression)'

  test.afterAll(() => {
    server?.stop()
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  })

  test("the form runs the student's pipeline: scikit-learn's probability, one line for the model it cannot load", async ({
    page,
  }) => {
    const errors = watchErrors(page)
    // input.csv's first row and scikit-learn 1.2.1's predict_proba of it (expected.json)
    const [header, first] = readFileSync(join(FIXTURES, 'input.csv'), 'utf8').trim().split('\n')
    const names = header!.split(',')
    const values = first!.split(',').map(Number)
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
      string,
      { probabilities: number[][] }
    >
    const want = expected.logreg_binary_pipeline!.probabilities[0]![1]!
    const query = names.map((n, j) => `wi_${n}=${values[j]}`).join('&')
    await open(page, `${ORIGIN}/what-if/?${query}`)
    const select = page.getByRole('combobox', { name: 'Model', exact: true })
    await expect(select.locator('option')).toHaveText([
      'student-model v1 @champion — Pipeline(SimpleImputer, StandardScaler, LogisticRegression) (lr pipeline)',
      'XGBClassifier (xgboost)',
      `${PYCARET_ESTIMATOR} (pycaret)`,
    ])
    await expect(page.getByTestId('what-if-unloadable')).toContainText(
      '1 logged model(s) could not be loaded',
    )
    await expect(page.getByTestId('what-if-unloadable')).toContainText(
      'holds the class GaussianNB (sklearn.naive_bayes.GaussianNB), which the model reader does not support',
    )
    await expect(page.getByTestId('what-if-model')).toContainText(
      'Pipeline(SimpleImputer, StandardScaler, LogisticRegression)',
    )
    expect(Math.abs((await probability(page)) - want)).toBeLessThan(1e-9)
    // typing re-scores at once, as the model reader answers in Node for the same pickle
    const read = readModelFile(readFileSync(join(FIXTURES, 'logreg_binary_pipeline.p5.pkl')), 'lr')
    if (!read.ok) throw new Error(read.error)
    const row = Object.fromEntries(names.map((n, j) => [n, values[j]!]))
    await field(page, 'Shot distance (ft)').fill('5')
    await expect
      .poll(() => probability(page))
      .toBe(scoreRow(read.model, [], { ...row, shot_distance: 5 }))
    mkdirSync(SHOTS, { recursive: true })
    await fullPageShot(page, `${SHOTS}/what-if-student-model-1280.png`)
    expect(errors).toEqual([])
  })

  test("a PyCaret pipeline with categorical inputs: a list per category, scikit-learn's probability", async ({
    page,
  }) => {
    const errors = watchErrors(page)
    // the fixture's fifth row and scikit-learn 1.2.1's predict_proba of it (pycaret3-calibrated.json)
    const doc = JSON.parse(readFileSync(PYCARET.replace(/\.pkl$/, '.json'), 'utf8')) as {
      columns: Record<string, (number | string)[]>
      probabilities: number[][]
    }
    const row = Object.fromEntries(Object.entries(doc.columns).map(([k, v]) => [k, v[4]!]))
    expect(row.combined_shot_type).toBe('Jump Shot')
    const query = Object.entries(row)
      .map(([k, v]) => `wi_${k}=${encodeURIComponent(String(v))}`)
      .join('&')
    await open(page, `${ORIGIN}/what-if/?model=${pycaretRun}&${query}`)
    await expect(page.getByTestId('what-if-model-current')).toHaveText(
      `${PYCARET_ESTIMATOR} (pycaret)`,
    )
    const shotType = page.getByRole('combobox', { name: 'shot_type', exact: true })
    await expect(shotType).toHaveValue('3PT Field Goal')
    await expect(shotType.locator('option')).toHaveText(['2PT Field Goal', '3PT Field Goal'])
    await expect(
      page.getByRole('combobox', { name: 'combined_shot_type', exact: true }),
    ).toHaveValue('Jump Shot')
    // P('made'), the first of the decoded classes ['made', 'missed']
    expect(Math.abs((await probability(page)) - doc.probabilities[4]![0]!)).toBeLessThan(1e-9)
    // another category re-scores at once, as the model reader answers in Node
    const read = readModelFile(readFileSync(PYCARET), 'pycaret')
    if (!read.ok) throw new Error(read.error)
    const columns = Object.fromEntries(
      Object.entries({ ...row, combined_shot_type: 'Layup' }).map(([k, v]) => [k, [v]]),
    )
    const want = scoreModel(read.model, columns).cols[0]![0] as number
    await page
      .getByRole('combobox', { name: 'combined_shot_type', exact: true })
      .selectOption('Layup')
    await expect.poll(() => probability(page)).toBe(want)
    await expect(page.getByRole('heading', { name: 'P(made) vs shot_type' })).toBeVisible()
    await fullPageShot(page, `${SHOTS}/what-if-student-pycaret-1280.png`)
    expect(errors).toEqual([])
  })

  test("an XGBoost pickle: the form shows xgboost's predict_proba, and again after a change", async ({
    page,
  }) => {
    const errors = watchErrors(page)
    const [shot, further] = XGBOOST.shots
    const query = Object.entries(shot!.inputs)
      .map(([k, v]) => `wi_${k}=${v}`)
      .join('&')
    await open(page, `${ORIGIN}/what-if/?model=${xgboostRun}&${query}`)
    await expect(page.getByTestId('what-if-model-current')).toHaveText('XGBClassifier (xgboost)')
    await expect(field(page, 'Shot distance (ft)')).toHaveValue('14')
    // the number shown (its exact line) and the one behind the big percentage
    const exact = async () =>
      Number((await page.getByText(/^exact: /).textContent())!.slice('exact: '.length))
    const pct = (p: number) => `${(p * 100).toFixed(1)}%`
    expect(Math.abs((await exact()) - shot!.probability)).toBeLessThan(1e-6)
    expect(Math.abs((await probability(page)) - shot!.probability)).toBeLessThan(1e-6)
    await expect(page.getByTestId('what-if-probability')).toHaveText(pct(shot!.probability))
    // from further out: re-scored in the browser, xgboost's probability of that shot
    await field(page, 'Shot distance (ft)').fill(String(further!.inputs.shot_distance))
    await expect(page.getByTestId('what-if-probability')).toHaveText(pct(further!.probability))
    expect(Math.abs((await exact()) - further!.probability)).toBeLessThan(1e-6)
    expect(Math.abs((await probability(page)) - further!.probability)).toBeLessThan(1e-6)
    await fullPageShot(page, `${SHOTS}/what-if-student-xgboost-1280.png`)
    expect(errors).toEqual([])
  })
})

import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { rocAuc } from '../lib/metrics/roc-auc'
import { parseComparison } from '../lib/site-data/comparison/parse-comparison'
import { parseScoresFile } from '../lib/site-data/comparison/scores-file'
import { parseRows } from '../lib/site-data/predictions/parse-rows'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

const SHOTS = 'e2e/screenshots'

const comparison = () => parseComparison(readFileSync('out/data/comparison.json', 'utf8'))

/** AUC of one model on all shipped rows of a dataset, from the built files, apart from the page. */
async function aucFromFiles(scoresFile: string, dataset: 'dev' | 'prod'): Promise<number> {
  const rowsFile = `out/data/rows-${dataset}.parquet`
  const { data } = await parseRows(new Uint8Array(readFileSync(rowsFile)), rowsFile)
  const scores = parseScoresFile(new Uint8Array(readFileSync(`out/${scoresFile}`)), scoresFile)
  const y: number[] = []
  const p: number[] = []
  for (let i = 0; i < data.target.length; i++) {
    if (Number.isNaN(data.target[i]!) || Number.isNaN(scores[i]!)) continue
    y.push(data.target[i]!)
    p.push(scores[i]!)
  }
  return rocAuc(y, p)
}

/** The sticky top bar would cover part of an element screenshot taken after scrolling. */
const unstickHeader = (page: Page) =>
  page.addStyleTag({ content: 'header { position: static !important; }' })

async function ready(page: Page) {
  await expect(page.getByTestId('comparison-table')).toBeVisible({ timeout: 30_000 })
  for (const figure of await page.locator('figure[data-testid="plot"]').all()) {
    await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
  }
}

test('the performance view shows both models: AUCs equal lib/metrics on the comparison files', async ({
  page,
}) => {
  const errors = watchErrors(page, { failedResponses: true })
  const snap = comparison()
  expect(snap.chosenBy).toBe('candidates')
  expect(snap.models.map((m) => m.name)).toEqual(['DecisionTree', 'LogisticRegression'])
  await page.goto('/performance/')
  await ready(page)
  for (const model of snap.models) {
    for (const dataset of ['dev', 'prod'] as const) {
      const expected = await aucFromFiles(model.datasets[dataset]!.scoresFile, dataset)
      const cell = page.getByTestId(`comparison-roc_auc-${model.key}-${dataset}`)
      expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(expected, 12)
      await expect(cell).toHaveText(expected.toFixed(3))
    }
  }
  // one sentence per metric, naming a model
  const sentences = page.getByTestId('comparison-sentences').locator('li')
  await expect(sentences).toHaveCount(8)
  await expect(sentences.nth(2)).toContainText(/^Log loss: (DecisionTree|LogisticRegression) /)
  mkdirSync(SHOTS, { recursive: true })
  await fullPageShot(page, `${SHOTS}/comparison-1280.png`)
  await unstickHeader(page)
  await page.getByTestId('comparison').screenshot({ path: `${SHOTS}/comparison-section-1280.png` })

  // ?models= keeps one model; the period filter changes the table live
  await page.goto('/performance/?models=' + encodeURIComponent(snap.models[1]!.key) + '&period=1')
  await ready(page)
  await expect(page.getByTestId(`comparison-roc_auc-${snap.models[0]!.key}-prod`)).toHaveCount(0)
  await expect(page.getByTestId(`comparison-roc_auc-${snap.models[1]!.key}-prod`)).toBeVisible()
  expect(errors).toEqual([])
})

test('dark theme and Portuguese text', async ({ page }) => {
  const errors = watchErrors(page, { failedResponses: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/performance/?lang=pt-BR&threshold=0.4')
  await ready(page)
  await expect(page.getByTestId('comparison-sentences').locator('li').first()).toContainText(
    'é melhor em',
  )
  await fullPageShot(page, `${SHOTS}/comparison-1280-dark.png`)
  await unstickHeader(page)
  await page
    .getByTestId('comparison')
    .screenshot({ path: `${SHOTS}/comparison-section-1280-dark.png` })
  expect(errors).toEqual([])
})

/** True positives at `threshold` of a model's prod scores (or the rows file's own), from the files. */
async function prodTruePositives(scoresFile: string | null, threshold: number): Promise<number> {
  const rowsFile = 'out/data/rows-prod.parquet'
  const { data } = await parseRows(new Uint8Array(readFileSync(rowsFile)), rowsFile)
  const scores = scoresFile
    ? parseScoresFile(new Uint8Array(readFileSync(`out/${scoresFile}`)), scoresFile)
    : data.probability!
  let tp = 0
  for (let i = 0; i < data.target.length; i++) {
    if (data.target[i] === 1 && scores[i]! >= threshold) tp++
  }
  return tp
}

test('the court colours prod shots by the chosen model; the overview has the comparison card', async ({
  page,
}) => {
  const errors = watchErrors(page, { failedResponses: true })
  const snap = comparison()
  const tree = snap.models[0]!
  await page.goto('/court/?dataset=prod&color_by=error&threshold=0.4')
  const figure = page.getByRole('figure', { name: 'Prod: error type at threshold 0.4' })
  await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
  const legend = figure.getByRole('group', { name: 'Legend' })
  const fileTp = await prodTruePositives(null, 0.4)
  await expect(legend).toContainText(`TP ${fileTp.toLocaleString('en')}`)
  await page.getByTestId('court-model').selectOption(tree.key)
  await expect(page).toHaveURL(new RegExp(`court_model=${tree.key}`))
  const treeTp = await prodTruePositives(tree.datasets.prod!.scoresFile, 0.4)
  expect(treeTp).not.toBe(fileTp)
  await expect(legend).toContainText(`TP ${treeTp.toLocaleString('en')}`)
  await expect(page.getByTestId('court-model-note')).toHaveText(
    "Prod P(made) here is DecisionTree's, re-scored by the build on the same rows (DecisionTreeClassifier).",
  )
  await page.screenshot({ path: `${SHOTS}/comparison-court-1280.png` })

  await page.goto('/')
  const card = page.getByTestId('comparison-card')
  await expect(card).toContainText('DecisionTree')
  await expect(card).toContainText(
    /ROC AUC: LogisticRegression is better on prod \(0\.548 vs 0\.500\)/,
  )
  await unstickHeader(page)
  await card.screenshot({ path: `${SHOTS}/comparison-overview-card-1280.png` })
  expect(errors).toEqual([])
})

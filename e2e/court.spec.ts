import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { parseRows } from '../lib/site-data/predictions/parse-rows'
import { writeRowsParquet } from '../lib/site-data/predictions/rows-file'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

// Real numbers of the Kobe data as the build ships it (public/data): dev = the pipeline's
// 2-point test split, prod = every 3-point shot.
const DEV = { shots: 4057, q1: 1114 }
const PROD = {
  shots: 6426,
  labelled: 5412,
  unlabelled: 1014,
  made: 1782,
  q1: 1333,
  q1Labelled: 1116,
}

const map = (page: Page, name: string | RegExp) => page.getByRole('figure', { name })
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Controls' })

async function drawn(figure: Locator, count: number | RegExp) {
  await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
  await expect(figure).toHaveAttribute(
    'data-drawn',
    typeof count === 'number' ? String(count) : count,
  )
}

/** The count in a legend entry such as "FN 1,782 (made, predicted missed)". */
async function legendCount(figure: Locator, code: string): Promise<number> {
  const text = await figure
    .getByRole('group', { name: 'Legend' })
    .getByText(new RegExp(`^${code} [\\d,]+`))
    .textContent()
  return Number((text ?? '').replace(/^\S+ ([\d,]+).*$/, '$1').replace(/,/g, ''))
}

/** Records a measured figure in the report (and prints it for the list reporter). */
function measure(type: string, value: number | string) {
  test.info().annotations.push({ type, description: String(value) })
  console.log(`${type}: ${value}`)
}

function expectPng(path: string, minBytes: number): Buffer {
  const bytes = readFileSync(path)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.length).toBeGreaterThan(minBytes)
  return bytes
}

test('both maps side by side, every shot drawn, the summary line', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/court/')
  const dev = map(page, 'Dev: shots by outcome')
  const prod = map(page, 'Prod: shots by outcome')
  await drawn(dev, DEV.shots)
  await drawn(prod, PROD.shots)
  // 6,426 and 4,057 shots: under POINT_CAP, points by default (no hexagon sentence)
  await expect(page.getByTestId('court-auto-hexbin')).toHaveCount(0)
  await expect(page.getByTestId('court-summary-prod')).toHaveText(
    '6,426 prod shots (5,412 labelled) · 1,014 unlabelled',
  )
  await expect(page.getByTestId('court-summary-dev')).toHaveText(
    '4,057 dev shots (4,057 labelled) · 0 unlabelled',
  )
  await expect(prod.getByRole('group', { name: 'Legend' })).toHaveText(
    /Made 1,782.*Missed 3,630.*Unlabelled 1,014/,
  )
  // side by side at 1280 px: same top, dev on the left
  const [a, b] = [await dev.boundingBox(), await prod.boundingBox()]
  expect(a && b && Math.abs(a.y - b.y) < 2 && a.x + a.width <= b.x).toBe(true)
  // the court is drawn to scale: the three-point arc of radius 23.75 ft, corners 22 ft out
  await expect(prod.locator('svg path[d^="M220 -89.48A237.5"]')).toHaveCount(1)
  // 70 prod heaves from beyond half court are outside the half-court view, and said so
  await expect(page.getByTestId('court-notes-prod')).toContainText(
    '70 prod shots from beyond half court',
  )
  const render = Number(await prod.getAttribute('data-render-ms'))
  measure('prod map: 6,426 markers built and drawn (ms)', render)
  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
})

test('error type at 0.5: every made prod shot is a false negative; the threshold restyles', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.goto('/court/?dataset=prod')
  await drawn(map(page, 'Prod: shots by outcome'), PROD.shots)
  await sidebar(page).getByRole('radio', { name: 'Error type' }).click()
  await expect(sidebar(page).getByRole('radio', { name: 'Error type' })).toBeChecked()
  await expect(page).toHaveURL(/[?&]color_by=error(&|$)/)
  const prod = map(page, 'Prod: error type at threshold 0.5')
  await expect(prod.getByText('FN 1,782 (made, predicted missed)')).toBeVisible()
  expect(await legendCount(prod, 'FN')).toBe(PROD.made)
  expect(await legendCount(prod, 'TP')).toBe(0)
  const counts = await Promise.all(['TP', 'FP', 'FN', 'TN'].map((code) => legendCount(prod, code)))
  expect(counts.reduce((s, c) => s + c, 0)).toBe(PROD.labelled)
  const renderBefore = await prod.getAttribute('data-render-ms')

  // lower the threshold: markers are restyled, not rebuilt; the cells still add up
  await sidebar(page).getByLabel('Decision threshold').fill('0.3')
  const moved = map(page, 'Prod: error type at threshold 0.3')
  await expect(moved).toHaveAttribute('data-restyle-ms', /^\d+$/)
  const [tp = 0, fp = 0, fn = 0, tn = 0] = await Promise.all(
    ['TP', 'FP', 'FN', 'TN'].map((code) => legendCount(moved, code)),
  )
  expect([tp, fp, fn, tn]).toEqual([1537, 2907, 245, 723]) // the pipeline's seeded model, read from data/output
  expect(tp + fn).toBe(PROD.made)
  expect(tp + fp + fn + tn).toBe(PROD.labelled)
  await expect(moved).toHaveAttribute('data-drawn', String(PROD.shots))
  expect(await moved.getAttribute('data-render-ms')).toBe(renderBefore)
  const restyle = Number(await moved.getAttribute('data-restyle-ms'))
  measure('prod map: recolour on threshold change (ms)', restyle)
  expect(restyle).toBeLessThan(1500)

  const download = page.waitForEvent('download')
  await moved.getByRole('button', { name: 'Download PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('error_map_prod.png')
  const bytes = expectPng(await file.path(), 20_000)
  measure('error_map_prod.png bytes', bytes.length)
  mkdirSync('e2e/screenshots', { recursive: true })
  await file.saveAs('e2e/screenshots/court-download-error_map_prod.png')
  expect(errors).toEqual([])
})

test('a filter changes the drawn shots and the summary', async ({ page }) => {
  await page.goto('/court/')
  await drawn(map(page, 'Prod: shots by outcome'), PROD.shots)
  await sidebar(page).getByRole('checkbox', { name: 'Q1' }).click()
  await expect(sidebar(page).getByRole('checkbox', { name: 'Q1' })).toBeChecked()
  await drawn(map(page, 'Prod: shots by outcome'), PROD.q1)
  await drawn(map(page, 'Dev: shots by outcome'), DEV.q1)
  await expect(page.getByTestId('court-summary-prod')).toHaveText(
    '1,333 prod shots (1,116 labelled) · 217 unlabelled of 6,426 before the filters',
  )
})

test('hexbin mode draws hexagons: count, mean P(made), FG%', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/court/?map_mode=hexbin')
  const prod = map(page, 'Prod: shots per hexagon')
  await drawn(prod, /^\d+$/)
  const hexagons = Number(await prod.getAttribute('data-drawn'))
  expect(hexagons).toBeGreaterThan(100)
  expect(hexagons).toBeLessThan(1500)
  await expect(prod.getByText('Shots per hexagon', { exact: true })).toBeVisible()

  await sidebar(page).getByRole('radio', { name: 'FG%' }).click()
  await expect(sidebar(page).getByRole('radio', { name: 'FG%' })).toBeChecked()
  const fg = map(page, 'Prod: realised FG% per hexagon')
  await drawn(fg, /^\d+$/)
  expect(Number(await fg.getAttribute('data-drawn'))).toBeLessThan(hexagons) // hexagons under 3 shots hidden
  await expect(fg.getByText('Realised FG%', { exact: true })).toBeVisible()
  const download = page.waitForEvent('download')
  await fg.getByRole('button', { name: 'Download PNG' }).click()
  expect((await download).suggestedFilename()).toBe('fg_pct_map_prod.png')
  expect(errors).toEqual([])
})

test('overlay mode: dev and prod on one court, two colours', async ({ page }) => {
  await page.goto('/court/?map_mode=overlay')
  const both = map(page, 'Dev and prod on one court')
  await drawn(both, DEV.shots + PROD.shots)
  await expect(both.getByRole('group', { name: 'Legend' })).toHaveText(
    /Dev \(2-point.*\) 4,057.*Prod \(3-point.*\) 6,426/,
  )
  await expect(page.getByRole('figure')).toHaveCount(1)
})

test('a shot shows its facts as text on hover', async ({ page }) => {
  await page.goto('/court/?dataset=dev&color_by=error')
  const dev = map(page, 'Dev: error type at threshold 0.5')
  await drawn(dev, DEV.shots)
  // 877 dev shots sit at the basket, loc (0, 0); the view fits x −258…258, y −55.5…430.5
  const box = await dev.locator('.leaflet-container').boundingBox()
  if (!box) throw new Error('no map box')
  const scale = Math.min(box.width / 516, box.height / 486)
  const basket = { x: box.x + box.width / 2, y: box.y + box.height / 2 + 187.5 * scale }
  await page.mouse.move(basket.x - 20, basket.y - 20)
  await page.mouse.move(basket.x, basket.y, { steps: 4 })
  const tooltip = page.locator('.leaflet-tooltip .court-tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toHaveText(
    /^Shot \d+ · \d{4}-\d{2}-\d{2} · vs [A-Z]{3}\s.+ · 0 ft\sPeriod \d · \d+ min remaining\sP\(made\) 0\.\d{3} · Outcome: (Made|Missed)\sAt threshold 0\.5: (TP|FP|FN|TN) \(/,
  )
})

test('a lone shot far from the basket is drawn and hovered where it is', async ({ page }) => {
  // prod row 5,860 at loc (98, 352), 39 loc units from any other shot: at a fractional zoom the
  // canvas once stepped whole pixels per loc unit and drew it (and every shot) off its place
  await page.goto('/court/?dataset=prod&color_by=error')
  const prod = map(page, 'Prod: error type at threshold 0.5')
  await drawn(prod, PROD.shots)
  const box = await prod.locator('.leaflet-container').boundingBox()
  if (!box) throw new Error('no map box')
  const scale = Math.min(box.width / 516, box.height / 486)
  const at = {
    x: box.x + box.width / 2 + 98 * scale,
    y: box.y + box.height / 2 - (352 - 187.5) * scale,
  }
  await page.mouse.move(at.x - 30, at.y - 30)
  await page.mouse.move(at.x, at.y, { steps: 4 })
  const tooltip = page.locator('.leaflet-tooltip .court-tooltip')
  await expect(tooltip).toBeVisible()
  await expect(tooltip).toHaveText(/ · 3[67] ft\s/)
})

test('view parameters come from the URL; unknown values are named', async ({ page }) => {
  await page.goto('/court/?dataset=prod&color_by=probability&court=full')
  const prod = map(page, 'Prod: predicted probability of a make')
  await drawn(prod, PROD.shots)
  await expect(sidebar(page).getByRole('radio', { name: 'P(made)' })).toBeChecked()
  await expect(sidebar(page).getByRole('radio', { name: 'Full court' })).toBeChecked()
  await expect(prod.getByText('P(made)', { exact: true })).toBeVisible() // colour bar 0–1
  await expect(page.getByTestId('court-notes-prod')).toHaveCount(0) // the heaves are in view
  await page.goto('/court/?color_by=rainbow')
  await expect(
    page.getByText('color_by=rainbow is not one of outcome, probability, error; using outcome.'),
  ).toBeVisible()
})

test('30,000 shots render and recolour fast', async ({ page }) => {
  // serve prod as 30,000 rows (its 6,426 rows cycled) to measure the court at that size
  const source = new Uint8Array(readFileSync('public/data/rows-prod.parquet'))
  const { data } = await parseRows(source, 'rows-prod.parquet')
  const n = 30_000
  const body = Buffer.from(
    writeRowsParquet(
      data,
      Uint32Array.from({ length: n }, (_, i) => i % data.target.length),
    ),
  )
  await page.route('**/data/rows-prod.parquet', (route) =>
    route.fulfill({ body, contentType: 'application/octet-stream' }),
  )
  await page.goto('/court/?dataset=prod&color_by=error')
  const prod = map(page, 'Prod: error type at threshold 0.5')
  await drawn(prod, n)
  const render = Number(await prod.getAttribute('data-render-ms'))
  await sidebar(page).getByLabel('Decision threshold').fill('0.3')
  const moved = map(page, 'Prod: error type at threshold 0.3')
  await expect(moved).toHaveAttribute('data-restyle-ms', /^\d+$/)
  const restyle = Number(await moved.getAttribute('data-restyle-ms'))
  measure('30,000 markers: build + first draw (ms)', render)
  measure('30,000 markers: recolour (ms)', restyle)
  expect(render).toBeLessThan(5000)
  expect(restyle).toBeLessThan(1500)
})

test('above 50,000 shots: hexagons by default, points when the URL asks', async ({ page }) => {
  // prod served as 60,000 rows (its 6,426 rows cycled): above POINT_CAP, Kobe stays below it
  const source = new Uint8Array(readFileSync('public/data/rows-prod.parquet'))
  const { data } = await parseRows(source, 'rows-prod.parquet')
  const n = 60_000
  const body = Buffer.from(
    writeRowsParquet(
      data,
      Uint32Array.from({ length: n }, (_, i) => i % data.target.length),
    ),
  )
  await page.route('**/data/rows-prod.parquet', (route) =>
    route.fulfill({ body, contentType: 'application/octet-stream' }),
  )
  const errors = watchErrors(page)
  await page.goto('/court/?dataset=prod&color_by=error')
  await expect(page.getByTestId('court-auto-hexbin')).toHaveText(
    /^60,000 prod shots: drawn as hexagons above 50,000.*Show points \(a 50,000-shot sample\)$/,
  )
  const hexes = map(page, 'Prod: error share per hexagon at threshold 0.5')
  // reference (/usr/bin/python3, nearest centre by brute force): 237 of the 248 hexagons hold
  // at least 3 labelled shots with P(made); 59,896 shots in them, 9 to 2,457 per hexagon
  await drawn(hexes, 237)
  await expect(hexes).toHaveAttribute('data-shots', '59896')
  const legend = hexes.getByRole('group', { name: 'Legend' })
  await expect(legend).toContainText('Share misclassified')
  await expect(legend).toContainText('Size: shots per hexagon, 9 to 2,457')
  await expect(sidebar(page).getByRole('radio', { name: 'Density (hexagons)' })).toBeChecked()
  await expect(sidebar(page).getByRole('radio', { name: 'Error share' })).toBeChecked()
  mkdirSync('e2e/screenshots', { recursive: true })
  await page.screenshot({ path: 'e2e/screenshots/court-prod-60k-auto-hexbin-1280.png' })

  await sidebar(page).getByLabel('Decision threshold').fill('0.3')
  await drawn(map(page, 'Prod: error share per hexagon at threshold 0.3'), 237)

  await page.getByRole('button', { name: 'Show points (a 50,000-shot sample)' }).click()
  await expect(page).toHaveURL(/map_mode=points/)
  const points = map(page, 'Prod: error type at threshold 0.3')
  await drawn(points, n)
  await expect(points.getByTestId('court-sampled')).toContainText('50,000 of these 60,000 shots')
  await expect(page.getByTestId('court-auto-hexbin')).toHaveCount(0)
  await page.reload()
  await drawn(map(page, 'Prod: error type at threshold 0.3'), n)
  expect(errors).toEqual([])
})

test.describe('screenshots', () => {
  for (const [name, url, width, scheme] of [
    ['court-both-error-1280', '/court/?color_by=error', 1280, 'light'],
    ['court-both-probability-1280-dark', '/court/?color_by=probability', 1280, 'dark'],
    ['court-prod-error-full-1280', '/court/?dataset=prod&color_by=error&court=full', 1280, 'light'],
    ['court-hexbin-fg-1280', '/court/?map_mode=hexbin&hex=fg', 1280, 'light'],
    ['court-overlay-1280-dark', '/court/?map_mode=overlay', 1280, 'dark'],
    ['court-both-error-390', '/court/?color_by=error', 390, 'light'],
    [
      'court-prod-hexbin-pt-1280',
      '/court/?dataset=prod&map_mode=hexbin&hex=probability&lang=pt-BR',
      1280,
      'light',
    ],
  ] as const) {
    test(name, async ({ page }) => {
      mkdirSync('e2e/screenshots', { recursive: true })
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      await expect(page.getByRole('figure').first()).toHaveAttribute('data-ready', 'true', {
        timeout: 20_000,
      })
      for (const figure of await page.getByRole('figure').all()) {
        await expect(figure).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
      }
      await fullPageShot(page, `e2e/screenshots/${name}.png`)
    })
  }
})

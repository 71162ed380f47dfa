import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { watchErrors } from './watch-errors'
import { fullPageShot } from './full-page-shot'

const ROUTES = [
  { path: '/', title: 'Overview', pt: 'Visão geral' },
  { path: '/court/', title: 'Court map', pt: 'Mapa da quadra' },
  { path: '/performance/', title: 'Performance', pt: 'Desempenho' },
  { path: '/drift/', title: 'Drift', pt: 'Desvio de distribuição' },
  { path: '/timeline/', title: 'Timeline', pt: 'Evolução' },
  { path: '/runs/', title: 'Runs', pt: 'Execuções' },
  { path: '/what-if/', title: 'What if?', pt: 'E se?' },
]

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

function expectPng(path: string, minBytes: number): Buffer {
  const bytes = readFileSync(path)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.length).toBeGreaterThan(minBytes)
  return bytes
}

/** PNG width and height from the IHDR chunk. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]

test.describe('routes', () => {
  for (const route of ROUTES) {
    test(`${route.path} renders its title without console errors`, async ({ page }) => {
      const errors = watchErrors(page)
      await page.goto(route.path)
      await expect(h1(page)).toHaveText(route.title)
      await expect(page).toHaveTitle(new RegExp(`Kobe shot model monitor`))
      const current = page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link', { name: route.title })
      await expect(current).toHaveAttribute('aria-current', 'page')
      await page.waitForLoadState('networkidle')
      expect(errors).toEqual([])
    })
  }
})

test('navigation links keep the query string', async ({ page }) => {
  await page.goto('/shell-check/?threshold=0.3&zone=paint,mid-range&lang=pt-BR&tab=roc')
  await expect(page.getByRole('slider', { name: 'Limiar de decisão' })).toHaveValue('0.3')
  await expect(
    page.getByRole('checkbox', { name: 'Garrafão (fora da área restrita)' }),
  ).toBeChecked()
  const nav = page.getByRole('navigation', { name: 'Páginas' })
  for (const route of ROUTES) {
    await expect(nav.getByRole('link', { name: route.pt, exact: true })).toHaveAttribute(
      'href',
      `${route.path}?threshold=0.3&zone=paint,mid-range&lang=pt-BR&tab=roc`,
    )
  }
  await nav.getByRole('link', { name: 'Desvio de distribuição' }).click()
  await expect(page).toHaveURL(/\/drift\/\?threshold=0\.3&zone=paint,mid-range&lang=pt-BR&tab=roc$/)
  await expect(h1(page)).toHaveText('Desvio de distribuição')
  await expect(nav.getByRole('link', { name: 'Desvio de distribuição' })).toHaveAttribute(
    'aria-current',
    'page',
  )
})

test('the language switch translates the page and is kept in the URL', async ({ page }) => {
  await page.goto('/shell-check/?threshold=0.35')
  await expect(page.locator('output')).toHaveText('0.35')
  await page.getByLabel('Language').selectOption('pt-BR')
  await expect(page).toHaveURL(/\/shell-check\/\?threshold=0\.35&lang=pt-BR$/)
  await expect(page.getByRole('heading', { name: 'Controles' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Desvio de distribuição' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR')
  await expect(page.locator('output')).toHaveText('0,35')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Controles' })).toBeVisible()
  await page.getByLabel('Idioma').selectOption('en')
  await expect(page).toHaveURL(/\/shell-check\/\?threshold=0\.35$/)
  await expect(page.getByRole('heading', { name: 'Controls' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('invalid URL values fall back to defaults with a notice', async ({ page }) => {
  await page.goto('/shell-check/?threshold=abc&period=1,9&dataset=test')
  const notice = page.getByTestId('url-notice')
  await expect(notice).toContainText('threshold=abc is not a number between 0 and 1; using 0.5.')
  await expect(notice).toContainText('period=9 is not a period from 1 to 7; ignored.')
  await expect(notice).toContainText('dataset=test is not one of dev, prod, both; using both.')
  await expect(page.getByRole('slider', { name: 'Decision threshold' })).toHaveValue('0.5')
  await expect(page.getByRole('checkbox', { name: 'Q1' })).toBeChecked()

  await page.goto('/shell-check/?threshold=abc&lang=pt-BR')
  await expect(page.getByTestId('url-notice')).toContainText(
    'threshold=abc não é um número entre 0 e 1; usando 0,5.',
  )
  await page.getByRole('button', { name: 'Fechar' }).click()
  await expect(page.getByTestId('url-notice')).toHaveCount(0)
})

test('controls rewrite the URL in place: no reload, no scroll jump', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 })
  await page.goto('/shell-check/?tab=psi')
  // lazily imported chunks (the chart library, its CSS) may still be arriving; they are code,
  // not a page fetch, so wait for them before listening
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))
  await page.mouse.wheel(0, 300)
  await page.waitForFunction(() => window.scrollY > 0)
  const scrollBefore = await page.evaluate(() => window.scrollY)
  const requests: string[] = []
  page.on('request', (request) => {
    // a page fetch or a prefetch is an HTML document or an RSC payload, never a static chunk
    if (!new URL(request.url()).pathname.startsWith('/_next/static/')) requests.push(request.url())
  })

  await page.getByRole('slider', { name: 'Decision threshold' }).fill('0.7')
  await expect(page).toHaveURL(/\/shell-check\/\?tab=psi&threshold=0\.7$/)
  await page.getByRole('radio', { name: 'Prod', exact: true }).check()
  await page.getByRole('checkbox', { name: 'OT1' }).check()
  await page.getByRole('radio', { name: 'Playoffs' }).check()
  await page.getByLabel('From').selectOption('2001-02')
  await expect(page).toHaveURL(
    /\?tab=psi&threshold=0\.7&dataset=prod&period=5&playoffs=1&season_from=2001-02$/,
  )

  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore)
  expect(requests).toEqual([]) // no page fetch, no prefetch of the nav links' new hrefs

  // the link reproduces the view
  await page.goto(page.url())
  await expect(page.getByRole('slider', { name: 'Decision threshold' })).toHaveValue('0.7')
  await expect(page.getByRole('radio', { name: 'Prod', exact: true })).toBeChecked()
  await expect(page.getByLabel('From')).toHaveValue('2001-02')
  await page.getByRole('button', { name: 'Reset filters' }).click()
  await expect(page).toHaveURL(/\/shell-check\/\?tab=psi&threshold=0\.7&dataset=prod$/)
})

test.describe('theme', () => {
  test('follows the system, toggles, and remembers the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/runs/')
    const html = page.locator('html')
    await expect(html).toHaveClass(/\bdark\b/)
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await toggle.click()
    await expect(html).not.toHaveClass(/\bdark\b/)
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      darkBg,
    )
    await page.reload()
    await expect(html).not.toHaveClass(/\bdark\b/)
  })

  test('is light for a light system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/)
  })
})

test('keyboard: the skip link is the first stop and moves focus to the content', async ({
  page,
}) => {
  await page.goto('/drift/')
  await expect(h1(page)).toHaveText('Drift')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('phone: the sidebar is behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/shell-check/')
  const slider = page.getByRole('slider', { name: 'Decision threshold' })
  await expect(slider).toBeHidden()
  const show = page.getByRole('button', { name: 'Show controls' })
  await expect(show).toHaveAttribute('aria-expanded', 'false')
  await show.click()
  await expect(slider).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hide controls' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

test.describe('CourtMap (temporary check page, synthetic shots)', () => {
  test('draws 30,000 points, switches to hexagons, reports clicks, exports a PNG', async ({
    page,
  }) => {
    const errors = watchErrors(page)
    await page.goto('/shell-check/')
    const map = page.getByRole('figure', { name: 'Check: court' })
    await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 20_000 })
    await expect(map).toHaveAttribute('data-drawn', '30000')
    const ms = Number(await map.getAttribute('data-render-ms'))
    test.info().annotations.push({
      type: 'court: 30,000 markers built and drawn (ms)',
      description: String(ms),
    })
    expect(ms).toBeLessThan(5000)
    // the court is drawn to scale: the three-point arc meets the corner lines at (±220, 89.48)
    await expect(
      map.locator('svg path[d="M220 -89.48A237.5 237.5 0 0 0 -220 -89.48"]'),
    ).toHaveCount(1)
    await expect(map.getByRole('group', { name: 'Legend' })).toContainText('Made')

    // tooltips are text: markup in the data is shown, not run
    const box = await map.locator('.leaflet-container').boundingBox()
    if (!box) throw new Error('no map box')
    const canvas = map.locator('canvas')
    await expect(canvas).toHaveCount(1)
    for (let dx = -60; dx <= 60 && (await page.locator('.court-tooltip').count()) === 0; dx += 3) {
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height * 0.83)
    }
    await expect(page.locator('.court-tooltip').first()).toContainText('<script>alert(1)</script>')
    await expect(page.locator('.leaflet-tooltip script')).toHaveCount(0)

    const download = page.waitForEvent('download')
    await map.getByRole('button', { name: 'Download PNG' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('check_court.png')
    const [width, height] = pngSize(expectPng(await file.path(), 30_000))
    expect(width).toBeGreaterThan(1000)
    expect(height).toBeGreaterThan(1000)

    await page.getByRole('radio', { name: 'Density (hexagons)' }).check()
    await expect(map).not.toHaveAttribute('data-drawn', '30000')
    const hexagons = Number(await map.getAttribute('data-drawn'))
    expect(hexagons).toBeGreaterThan(100)
    expect(hexagons).toBeLessThan(2000)
    await expect(map.getByText('Shots per hexagon')).toBeVisible()

    // a click at the middle of the map lands near the middle of the half court
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const picked = page.getByTestId('picked-location')
    await expect(picked).toContainText(/^Location \(-?\d+, \d+\), \d+ ft from the basket$/)
    const [, x, y] = /\((-?\d+), (\d+)\)/.exec((await picked.textContent()) ?? '') ?? []
    expect(Math.abs(Number(x))).toBeLessThan(30)
    expect(Math.abs(Number(y) - 187.5)).toBeLessThan(30)
    expect(errors).toEqual([])
  })
})

test.describe('Plot (temporary check page, synthetic data)', () => {
  test('draws every bundled trace type, says why a chart is empty, exports a PNG', async ({
    page,
  }) => {
    await page.goto('/shell-check/')
    for (const name of [
      'Check: scattergl 30k',
      'Check: lines',
      'Check: heatmap',
      'Check: bar',
      'Check: histogram',
    ]) {
      await expect(page.getByRole('figure', { name })).toHaveAttribute('data-ready', 'true', {
        timeout: 20_000,
      })
      await expect(page.getByRole('figure', { name }).locator('.main-svg').first()).toBeVisible()
    }
    const roc = page.getByRole('figure', { name: 'ROC curve' })
    await expect(roc.getByRole('note')).toHaveText(
      'No probability column in this file: ROC unavailable.',
    )
    await expect(roc.getByRole('button', { name: 'Download PNG' })).toHaveCount(0)

    const bar = page.getByRole('figure', { name: 'Check: bar' })
    const download = page.waitForEvent('download')
    await bar.getByRole('button', { name: 'Download PNG' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('check_bar.png')
    const [width, height] = pngSize(expectPng(await file.path(), 10_000))
    expect(height).toBe(2 * (300 + 40))
    expect(width).toBeGreaterThan(600)

    const gl = page.getByRole('figure', { name: 'Check: scattergl 30k' })
    const glDownload = page.waitForEvent('download')
    await gl.getByRole('button', { name: 'Download PNG' }).click()
    expectPng(await (await glDownload).path(), 10_000)
  })

  test('a failing chart shows its error as text and leaves the page', async ({ page }) => {
    await page.goto('/shell-check/')
    await page.getByRole('button', { name: 'Break this chart' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'This chart could not be drawn.' })
    await expect(alert).toContainText('Error: synthetic failure <b>not bold</b>')
    await expect(page.getByRole('figure', { name: 'Check: bar' })).toBeVisible()
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('button', { name: 'Break this chart' })).toBeVisible()
  })
})

// Screenshots for a human look: SHELL_SCREENSHOTS=1 npx playwright test e2e/shell.spec.ts -g screenshots
test.describe('screenshots', () => {
  test.skip(!process.env.SHELL_SCREENSHOTS, 'set SHELL_SCREENSHOTS=1 to write e2e/screenshots/')
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${width}x${height} ${scheme}`, async ({ page }) => {
        mkdirSync('e2e/screenshots', { recursive: true })
        await page.setViewportSize({ width, height })
        await page.emulateMedia({ colorScheme: scheme })
        const shots = [
          ['overview', '/?threshold=abc'],
          ['drift-pt', '/drift/?lang=pt-BR&period=1,2'],
          ['check', '/shell-check/?lang=pt-BR'],
        ] as const
        for (const [name, url] of shots) {
          await page.goto(url)
          await expect(h1(page)).toBeVisible()
          if (name === 'check') {
            await expect(page.getByTestId('court-map')).toHaveAttribute('data-ready', 'true', {
              timeout: 20_000,
            })
            await expect(page.getByRole('figure', { name: 'Check: bar' })).toHaveAttribute(
              'data-ready',
              'true',
            )
          }
          if (width < 500 && name === 'check')
            await page.getByRole('button', { name: 'Mostrar controles' }).click()
          await page.waitForLoadState('networkidle')
          await fullPageShot(page, `e2e/screenshots/${name}-${width}-${scheme}.png`)
        }
      })
    }
  }
})

import { expect, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * A full-page screenshot of what the page shows now. A chart off screen keeps its old drawing
 * until it scrolls into view (components/plot/use-while-on-screen.ts; a section below the fold
 * its old props, components/plot/WhileOnScreen.tsx), so a full-page shot
 * would show the charts below the fold at the data before the last filter or threshold. Each
 * visible chart is scrolled into view first and waited for until plotly has drawn the current
 * revision of its data (`data-drawn-revision` equals `data-revision`), then the page goes back
 * to the top and is shot.
 */
export async function fullPageShot(page: Page, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true })
  // charts that draw: not the empty ones (a sentence) nor those whose boundary caught an error
  const charts = page
    .locator('figure[data-testid="plot"]')
    .filter({ hasNot: page.locator('p[role="note"], [role="alert"]') })
    .filter({ visible: true })
  const count = await charts.count()
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i)
    await chart.scrollIntoViewIfNeeded()
    const drawing = chart.locator('[data-revision]')
    await expect
      .poll(
        () =>
          drawing.evaluate(
            // not in a section still held at older props (components/plot/WhileOnScreen.tsx)
            (el) =>
              el.dataset.drawnRevision === el.dataset.revision && !el.closest('[data-behind]'),
          ),
        {
          message: `chart ${i + 1} of ${count} drawn with its current data`,
          timeout: 20_000,
        },
      )
      .toBe(true)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path, fullPage: true })
}

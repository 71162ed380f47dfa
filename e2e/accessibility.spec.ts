import { expect, test } from '@playwright/test'
import { fullPageShot } from './full-page-shot'
import { seriousViolations } from './serious-violations'

// Every view, light and dark, once its data has loaded and its charts are drawn: no serious or
// critical axe-core violation (colour contrast, names of controls, landmarks, ...).
const VIEWS = [
  ['overview', '/'],
  ['court', '/court/'],
  ['performance', '/performance/'],
  ['drift', '/drift/'],
  ['timeline', '/timeline/'],
  ['runs', '/runs/'],
  ['what-if', '/what-if/'],
] as const

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url] of VIEWS) {
    test(`${name} (${scheme}) has no serious accessibility violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      // the views' loading sentences ("Loading the runs…") gone
      await expect(page.getByRole('main')).not.toContainText(/Loading[^.]*…/, { timeout: 20_000 })
      // every chart drawn with its data (axe reads the drawn SVG text), then the whole page
      await fullPageShot(page, `test-results/a11y/${name}-${scheme}.png`)
      expect(await seriousViolations(page)).toEqual([])
    })
  }
}

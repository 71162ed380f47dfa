import type { Page } from '@playwright/test'

export interface Violation {
  id: string
  impact: string
  /** the first offending elements' selectors and axe's summary of what is wrong */
  nodes: { target: string; summary: string }[]
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{
            violations: {
              id: string
              impact: string
              nodes: { target: unknown[]; failureSummary?: string }[]
            }[]
          }>
        }
      }
    ).axe
    const result = await axe.run({ resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
      })),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

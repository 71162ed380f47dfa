import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chiSquareSf } from './incomplete-gamma'
import { kstwoSf } from './kstwo-sf'
import { normalCdf } from './normal-cdf'

// Pinned by scripts/crosscheck/drift_reference.py (scipy 1.10.1).
const { special } = JSON.parse(
  readFileSync(new URL('../fixtures/scipy-drift-reference.json', import.meta.url), 'utf8'),
) as { special: { kstwo_sf: number[][]; chi2_sf: number[][]; z_two_sided: number[][] } }

const close = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(
    rel * Math.abs(expected) + 1e-300,
  )

describe('special functions agree with scipy', () => {
  it.each(special.kstwo_sf)('kstwo.sf(x, n) for n=%d, x=%f', (n, x, expected) => {
    close(kstwoSf(x!, n!), expected!, 1e-6)
  })

  it.each(special.chi2_sf)('chi2.sf(%f, dof %d)', (x, dof, expected) => {
    close(chiSquareSf(x!, dof!), expected!, 1e-9)
  })

  it.each(special.z_two_sided)('two-sided normal p at z=%f', (z, expected) => {
    // Evidently's 2 (1 - Φ(|z|)) rounds in the tail: agree to the last few ulps of 1
    expect(Math.abs(2 * (1 - normalCdf(Math.abs(z!))) - expected!)).toBeLessThanOrEqual(
      1e-9 * expected! + 4.5e-16,
    )
  })
})

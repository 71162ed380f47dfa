import { kolmogorovCdfDurbin } from './kolmogorov-durbin'
import { kolmogorovCdfPelzGood } from './kolmogorov-pelz-good'
import { kolmogorovCdfPomeranz } from './kolmogorov-pomeranz'
import { logGamma } from './log-gamma'
import { smirnov } from './smirnov'

const clip = (p: number) => Math.min(1, Math.max(0, p))

/** log(n! / n^n) */
function logFactorialOverPower(n: number): number {
  return logGamma(n + 1) - n * Math.log(n)
}

/**
 * Survival function Pr(D_n >= x) of the exact two-sided one-sample Kolmogorov-Smirnov statistic
 * for sample size n (scipy `stats.kstwo.sf(x, n)`). Chooses between closed forms, Durbin's
 * matrix, Pomeranz's recursion, the Smirnov one-sided sum and the Pelz-Good expansion by the
 * regions of Simard & L'Ecuyer (2011), as scipy does.
 */
export function kstwoSf(x: number, n: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN
  if (x >= 1) return 0
  if (x <= 0) return 1
  const t = n * x
  if (t <= 1) {
    // Ruben-Gambino: Pr(D_n <= x) = n!/n^n (2t-1)^n for 1/2n <= x <= 1/n.
    if (t <= 0.5) return 1
    let cdf: number
    if (n <= 140) {
      cdf = 1
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1)
    } else cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1))
    return clip(1 - cdf)
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n)
  if (x >= 0.5) return clip(2 * smirnov(n, x))

  const nx2 = t * x
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip(1 - kolmogorovCdfDurbin(n, x))
    if (nx2 <= 4) return clip(1 - kolmogorovCdfPomeranz(n, x))
    return clip(2 * smirnov(n, x))
  }
  if (nx2 >= 370) return 0
  if (nx2 >= 2.2) return clip(2 * smirnov(n, x))
  const cdf =
    n <= 100_000 && n * x ** 1.5 <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x)
  return clip(1 - cdf)
}

/**
 * Fuzz cases for URL parameters, kept as tests: garbage in a shared link never throws, and each
 * value not used is named (parameter and value) in the page's notice, in English and Portuguese.
 */
import { describe, expect, it } from 'vitest'
import type { MessageKey } from '../i18n/messages-en'
import { createTranslator } from '../i18n/translate'
import { parseUrlState } from '../url-state/parse-url-state'
import { ignoredParamText } from '../url-state/ignored-param'
import { ignoredRunsViewParams } from '../views/runs/runs-view-params'
import type { FeatureSpec } from '../site-data/model/model-snapshot-types'
import { ignoredWhatIfParams } from '../views/what-if/what-if-query'

const specs = [{ name: 'shot_distance' }, { name: 'period' }] as FeatureSpec[]
const LONG = 'x'.repeat(5000)

/** Each case: a query, and the `param=value` every notice line must start with, in order. */
const SHARED: [string, string[]][] = [
  ['threshold=abc', ['threshold=abc']],
  [
    'threshold=NaN&dataset=<script>alert(1)</script>',
    ['threshold=NaN', 'dataset=<script>alert(1)</script>'],
  ],
  [
    'threshold=Infinity&period=99&playoffs=maybe',
    ['threshold=Infinity', 'period=99', 'playoffs=maybe'],
  ],
  [
    'lang=xx&season_from=1999&zone=%E2%80%AEenoz',
    ['season_from=1999', 'zone=\u202Eenoz', 'lang=xx'],
  ],
  // a 5,000-character value is named by its first 40 characters, not pasted whole
  [`model=${LONG}`, [`model=${'x'.repeat(40)} `]],
  ['threshold=0.3&threshold=0.9', ['threshold']],
]

const VIEW: [string, string[]][] = [
  ['wi_shot=abc&wi_colour=red&wi_period=2', ['wi_shot=abc', 'wi_colour=red']],
  ['wi_shot=-1&wi_%3Cb%3E=1', ['wi_shot=-1', 'wi_<b>=1']],
  ['status=DONE&sort=<img>&deleted=yes', ['sort=<img>', 'status=DONE', 'deleted=yes']],
  ['experiment=%00&columns=metrics.,x', ['experiment=\u0000', 'columns=metrics.', 'columns=x']],
]

describe('garbage URL parameters', () => {
  it.each(SHARED)('shared parameters: %.60s', (query, named) => {
    const { issues } = parseUrlState(query)
    for (const lang of ['en', 'pt-BR'] as const) {
      const t = createTranslator(lang)
      const lines = issues.map((issue) =>
        t(`url.${issue.code}` as MessageKey, {
          param: issue.param,
          value: issue.value,
          fallback: issue.fallback,
        }),
      )
      expect(lines).toHaveLength(named.length)
      lines.forEach((line, i) => expect(line.startsWith(named[i]!), line).toBe(true))
    }
  })

  it.each(VIEW)('view parameters: %s', (query, named) => {
    const ignored = [...ignoredWhatIfParams(query, specs), ...ignoredRunsViewParams(query)]
    for (const lang of ['en', 'pt-BR'] as const) {
      const lines = ignored.map((item) => ignoredParamText(item, createTranslator(lang)))
      expect(
        lines.map((line) =>
          line.slice(0, line.lastIndexOf(lang === 'en' ? ' was ignored' : ' foi ignorado')),
        ),
      ).toEqual(named)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { createTranslator } from '../i18n/translate'
import type { FeatureSpec } from '../site-data/model/model-snapshot-types'
import { ignoredWhatIfParams } from '../views/what-if/what-if-query'
import { ignoredRunsViewParams } from '../views/runs/runs-view-params'
import { ignoredParamText } from './ignored-param'

const specs = [{ name: 'shot_distance' }] as FeatureSpec[]
const ignored = [
  ...ignoredWhatIfParams('wi_shot=abc&wi_colour=red', specs),
  ...ignoredRunsViewParams(
    `compare=${Array.from({ length: 11 }, (_, i) => `r${i}`).join(',')}&status=DONE&deleted=yes&columns=colour&sort=x&experiment=a%20b`,
  ),
]

describe('the ignored-parameter notice speaks the page language', () => {
  it('names each parameter, its value and the reason in English', () => {
    const t = createTranslator('en')
    expect(ignored.map((item) => ignoredParamText(item, t))).toEqual([
      'wi_shot=abc was ignored: not a shot_id (a whole number).',
      'wi_colour=red was ignored: not an input of the model.',
      'experiment=a b was ignored: not an experiment id (letters, digits, _ . : -, at most 200).',
      'compare=r10 was ignored: at most 10 runs are compared at once.',
      'sort=x was ignored: not a column to sort by (e.g. metrics.log_loss or -start).',
      'status=DONE was ignored: not a run status (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED).',
      'deleted=yes was ignored: only deleted=1 is understood.',
      'columns=colour was ignored: not a column (metrics.<key>, params.<key>, or a run attribute).',
    ])
  })

  it('gives every reason in Portuguese on the pt-BR page', () => {
    const t = createTranslator('pt-BR')
    expect(ignored.map((item) => ignoredParamText(item, t))).toEqual([
      'wi_shot=abc foi ignorado: não é um shot_id (um número inteiro).',
      'wi_colour=red foi ignorado: não é uma entrada do modelo.',
      'experiment=a b foi ignorado: não é um id de experimento (letras, dígitos, _ . : -, no máximo 200).',
      'compare=r10 foi ignorado: no máximo 10 execuções são comparadas de uma vez.',
      'sort=x foi ignorado: não é uma coluna para ordenar (por exemplo metrics.log_loss ou -start).',
      'status=DONE foi ignorado: não é um status de execução (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED).',
      'deleted=yes foi ignorado: só deleted=1 é entendido.',
      'columns=colour foi ignorado: não é uma coluna (metrics.<chave>, params.<chave> ou um atributo da execução).',
    ])
  })
})

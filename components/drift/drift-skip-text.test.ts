import { describe, expect, it } from 'vitest'
import { computeDriftTable } from '@/lib/drift/drift-table'
import { createTranslator } from '@/lib/i18n/translate'
import { driftSkipText } from './drift-skip-text'

// a prod column of only NaN: the drift table leaves it out, and the views say why in their language
const table = computeDriftTable(
  { x: { dtype: 'float', values: [1, 2, 3] }, y: { dtype: 'float', values: [1, 2, 3] } },
  { x: { dtype: 'float', values: [NaN, NaN] }, y: { dtype: 'float', values: [2, 3, 4] } },
)

describe('driftSkipText', () => {
  it('names the empty sample in English and in Portuguese', () => {
    expect(table.skipped).toHaveLength(1)
    const [skip] = table.skipped
    expect(skip).toMatchObject({ column: 'x', emptySample: 'current' })
    expect(driftSkipText(skip!, createTranslator('en'))).toBe(
      'x left out: the prod (current) sample is empty after dropping missing values (null, NaN, ±Infinity)',
    )
    expect(driftSkipText(skip!, createTranslator('pt-BR'))).toBe(
      'x ficou de fora: a amostra de prod (atual) fica vazia sem os valores ausentes (null, NaN, ±Infinity)',
    )
  })

  it('keeps a reason it has no words for as written', () => {
    const text = driftSkipText({ column: '*', reason: 'no dev file' }, createTranslator('pt-BR'))
    expect(text).toBe('* ficou de fora: no dev file')
  })
})

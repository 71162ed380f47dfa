import { describe, expect, it, vi } from 'vitest'
import { messagesEn } from './messages-en'
import { messagesPtBr } from './messages-pt-br'

/** A fresh copy of the catalogues module: the test setup has loaded every language in the shared one. */
async function freshModules() {
  vi.resetModules()
  const catalogues = await import('./catalogues')
  const translate = await import('./translate')
  return { ...catalogues, ...translate }
}

describe('catalogues', () => {
  it('has English without loading and only English before a load', async () => {
    const { loadedCatalogue, loadCatalogue } = await freshModules()
    expect(loadedCatalogue('en')).toEqual(messagesEn)
    expect(loadedCatalogue('pt-BR')).toBeUndefined()
    expect(await loadCatalogue('en')).toBe(loadedCatalogue('en'))
  })

  it("loads pt-BR's own messages once and tells each subscriber once", async () => {
    const { loadCatalogue, loadedCatalogue, onCatalogueLoaded } = await freshModules()
    let calls = 0
    let removedCalls = 0
    onCatalogueLoaded(() => calls++)
    onCatalogueLoaded(() => removedCalls++)()
    const [a, b] = await Promise.all([loadCatalogue('pt-BR'), loadCatalogue('pt-BR')])
    expect(a).toEqual(messagesPtBr)
    expect(b).toBe(a)
    expect(await loadCatalogue('pt-BR')).toBe(a)
    expect(loadedCatalogue('pt-BR')?.['control.threshold']).toBe('Limiar de decisão')
    expect(calls).toBe(1)
    expect(removedCalls).toBe(0)
  })

  it('refuses a translator for a language not loaded yet, naming it and the fix', async () => {
    const { createTranslator, loadCatalogue } = await freshModules()
    expect(createTranslator('en')('nav.whatIf')).toBe('What if?')
    expect(() => createTranslator('pt-BR')).toThrow(
      "createTranslator: the pt-BR messages are not loaded (await loadCatalogue('pt-BR') first)",
    )
    await loadCatalogue('pt-BR')
    expect(createTranslator('pt-BR')('nav.whatIf')).toBe('E se?')
  })
})

import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadServedModel } from './load-served-model'

const opts = { trackingUri: 'mlruns' }
const scoreOf = async (spec: string | undefined) => {
  const { model, description } = await loadServedModel(spec, opts)
  const row = [34.02, -118.25, 3, 1, 0, 10].map((v) => Float64Array.of(v))
  return { p: model.score(row)[1]![0], description }
}

describe('loadServedModel', () => {
  it('finds the champion and the same model by run id, version, alias and path', async () => {
    const champion = await scoreOf(undefined)
    expect(champion.description).toMatch(
      /^kobe-shot-model version 1 \(@champion\), run [0-9a-f]{32}$/,
    )
    const RUN = champion.description.slice(-32)
    for (const spec of [RUN, 'models:/kobe-shot-model/1', 'models:/kobe-shot-model@champion']) {
      expect((await scoreOf(spec)).p).toBe(champion.p)
    }
    const folder = readdirSync('mlruns')
      .map((e) => `mlruns/${e}/${RUN}/artifacts/model`)
      .find((f) => existsSync(f))!
    expect((await scoreOf(folder)).p).toBe(champion.p)
    expect((await scoreOf(`${folder}/model.json`)).description).toMatch(/model\.json$/)
  })

  it('names what it could not find', async () => {
    await expect(loadServedModel('models:/nope/1', opts)).rejects.toThrow(
      'no registered model "nope" in',
    )
    await expect(loadServedModel('models:/kobe-shot-model@gold', opts)).rejects.toThrow(
      'registered model "kobe-shot-model" has no alias @gold with a run',
    )
    await expect(loadServedModel('no/such/model.json', opts)).rejects.toThrow(
      '--model no/such/model.json is no file, folder, run id or models:/ URI',
    )
  })
})

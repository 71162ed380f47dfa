import { describe, expect, it } from 'vitest'
import { parseMappingJson, parseMappingOverride } from './parse-mapping-override'

const SOURCE = 'runs/predictions.mapping.json'

describe('parseMappingJson', () => {
  it('reads the documented example', () => {
    const text =
      '{ "target": "y", "probability": "p1", "label": null, "features": {"lng": "longitude"}, "probabilityConvention": "positive_class" }'
    expect(parseMappingJson(text, SOURCE)).toEqual({
      target: 'y',
      probability: 'p1',
      label: null,
      features: { lng: 'longitude' },
      probabilityConvention: 'positive_class',
    })
  })

  it('accepts the byte-order mark Windows editors write', () => {
    expect(parseMappingJson('\uFEFF{"label": "yhat"}\r\n', SOURCE)).toEqual({ label: 'yhat' })
  })

  it('names the file when the JSON is broken', () => {
    expect(() => parseMappingJson('{"target": ', SOURCE)).toThrow(
      /^runs\/predictions\.mapping\.json: not valid JSON: /,
    )
  })

  it.each([
    [{ treshold: 0.5 }, 'unknown key "treshold" (allowed: target, probability, label'],
    [{ target: 1 }, '"target" must be a column name or null, got 1'],
    [{ label: '' }, '"label" must be a column name or null, got ""'],
    [{ features: { longitude: 'lng' } }, 'unknown key "features.longitude" (allowed: lat, lng,'],
    [{ context: ['loc_x'] }, '"context" must be an object from our name to your column'],
    [{ features: { lat: 3 } }, '"features.lat" must be a column name or null, got 3'],
    [{ probabilityConvention: 'pycaret' }, '"probabilityConvention" is "pycaret"; expected one of'],
    [[], 'expected a JSON object like'],
  ])('refuses %j naming the file, the key and the value', (value, message) => {
    expect(() => parseMappingOverride(value, SOURCE)).toThrow(`${SOURCE}: ${message}`)
  })
})

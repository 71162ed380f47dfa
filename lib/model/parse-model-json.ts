import { fieldReader } from './json-field-readers'
import {
  MODEL_JSON_FORMAT,
  MODEL_JSON_VERSION,
  type DecisionTreeJson,
  type LogisticRegressionJson,
  type ModelJson,
} from './model-json'
import { ModelJsonError, showValue } from './model-json-error'
import { parseTreeJson } from './parse-tree-json'

/**
 * Parses and validates a kobe-model-json document (text or an already parsed value). Every
 * problem is a ModelJsonError naming `source`, the field and the value found.
 */
export function parseModelJson(input: string | unknown, source = 'model.json'): ModelJson {
  let raw: unknown = input
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input)
    } catch (error) {
      throw new ModelJsonError(source, '(document)', `is not JSON: ${(error as Error).message}`)
    }
  }
  const read = fieldReader(source)
  const obj = read.object(raw, '(document)')
  if (obj.format !== MODEL_JSON_FORMAT) {
    read.fail('format', `must be "${MODEL_JSON_FORMAT}", got ${showValue(obj.format)}`)
  }
  if (obj.version !== MODEL_JSON_VERSION) {
    read.fail(
      'version',
      `must be ${MODEL_JSON_VERSION} (this reader's version), got ${showValue(obj.version)}`,
    )
  }
  if (!Array.isArray(obj.features) || obj.features.length === 0) {
    read.fail('features', `must be a non-empty array of names, got ${showValue(obj.features)}`)
  }
  const features = (obj.features as unknown[]).map((f, i) => read.string(f, `features[${i}]`))
  const training: Record<string, string | number> = {}
  if (obj.training !== undefined) {
    for (const [key, value] of Object.entries(read.object(obj.training, 'training'))) {
      training[key] = typeof value === 'number' ? value : read.string(value, `training.${key}`)
    }
  }
  const base = {
    format: MODEL_JSON_FORMAT,
    version: MODEL_JSON_VERSION,
    features,
    target: read.string(obj.target, 'target'),
    training,
  } as const
  const hyper = read.object(obj.hyperparameters, 'hyperparameters')
  if (obj.type === 'logistic_regression') {
    const model: LogisticRegressionJson = {
      ...base,
      type: 'logistic_regression',
      intercept: read.number(obj.intercept, 'intercept'),
      coefficients: read.numberArray(obj.coefficients, 'coefficients', features.length),
      hyperparameters: { penalty: 'l2', C: read.number(hyper.C, 'hyperparameters.C') },
    }
    return model
  }
  if (obj.type === 'decision_tree') {
    const model: DecisionTreeJson = {
      ...base,
      type: 'decision_tree',
      hyperparameters: {
        criterion: 'gini',
        max_depth: read.number(hyper.max_depth, 'hyperparameters.max_depth'),
      },
      tree: parseTreeJson(read, obj.tree, features.length),
    }
    return model
  }
  return read.fail(
    'type',
    `must be "logistic_regression" or "decision_tree", got ${showValue(obj.type)}`,
  )
}

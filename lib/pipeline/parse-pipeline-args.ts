import { parseArgs } from 'node:util'
import {
  DEFAULT_EXPERIMENT,
  DEFAULT_SEED,
  DEFAULT_TEST_SIZE,
  type PipelineOptions,
} from './pipeline-config'
import { PipelineInputError } from './pipeline-input-error'

export const PIPELINE_USAGE = `Usage: npm run pipeline -- [options]

Runs prepare → train → apply on the Kobe data and logs three runs to an MLflow FileStore.

Options:
  --data-dir <dir>     folder with dataset_kobe_dev.parquet and dataset_kobe_prod.parquet
                       (default: env KOBE_DATA_DIR, then data/raw/; downloaded when absent)
  --experiment <name>  MLflow experiment (default: env MLFLOW_EXPERIMENT_NAME, then "${DEFAULT_EXPERIMENT}")
  --seed <n>           seed of the split and the cross-validation folds (default ${DEFAULT_SEED})
  --test-size <f>      share of rows in base_test, between 0 and 1 (default ${DEFAULT_TEST_SIZE})
  --help               show this text

The store is ./mlruns, or the folder in MLFLOW_TRACKING_URI (a path or file:// URI).
Outputs: data/processed/{data_filtered,base_train,base_test}.parquet and
data/output/{predictions_prod,predictions_dev}.parquet.`

function parseNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new PipelineInputError(`${flag} expects a number, got "${text}"`)
  }
  return value
}

/** Reads the CLI flags into pipeline options; unknown flags and non-numbers are input errors. */
export function parsePipelineArgs(argv: string[]): { help: boolean; options: PipelineOptions } {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        experiment: { type: 'string' },
        seed: { type: 'string' },
        'test-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }))
  } catch (error) {
    throw new PipelineInputError(`${(error as Error).message}\n\n${PIPELINE_USAGE}`)
  }
  const options: PipelineOptions = {}
  if (values['data-dir'] !== undefined) options.dataDir = values['data-dir']
  if (values.experiment !== undefined) options.experiment = values.experiment
  const seed = parseNumber('--seed', values.seed)
  if (seed !== undefined) options.seed = seed
  const testSize = parseNumber('--test-size', values['test-size'])
  if (testSize !== undefined) options.testSize = testSize
  return { help: values.help === true, options }
}

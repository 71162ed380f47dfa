/**
 * Serves a model over `mlflow models serve`'s scoring protocol:
 *
 *   npm run serve-model -- [--model <run id | models:/name/version | models:/name@alias | models:/m-<id> | path>]
 *     [--predict-fn predict|predict_proba] [--host 127.0.0.1] [--port 5000] [--max-body 10mb]
 *
 * Without --model it serves the pipeline's chosen model (@champion in MLFLOW_TRACKING_URI or
 * ./mlruns). Pickled scikit-learn models load through lib/model-reader; the answer follows the
 * MLmodel's python_function.predict_fn (default predict) unless --predict-fn is given. Failures to start are one sentence on stderr and exit code 1; bad arguments 2.
 */
import { parseArgs } from 'node:util'
import { loadServedModel } from '../lib/serving/load-served-model'
import { parseByteSize } from '../lib/serving/parse-byte-size'
import {
  createScoringServer,
  DEFAULT_MAX_BODY,
  type PredictFn,
} from '../lib/serving/scoring-server'

const USAGE =
  'usage: npm run serve-model -- [--model <run id | models:/name/version | models:/name@alias | models:/m-<id> | path>] ' +
  '[--predict-fn predict|predict_proba] [--host 127.0.0.1] [--port 5000] [--max-body 10mb]'

async function main(argv: string[]): Promise<number> {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        model: { type: 'string' },
        'predict-fn': { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '5000' },
        'max-body': { type: 'string', default: String(DEFAULT_MAX_BODY) },
        help: { type: 'boolean' },
      },
    }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const fn = values['predict-fn']
  const port = Number(values.port)
  const maxBody = parseByteSize(values['max-body'])
  if (fn !== undefined && fn !== 'predict' && fn !== 'predict_proba') {
    process.stderr.write(`--predict-fn must be predict or predict_proba, got ${fn}\n`)
    return 2
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be an integer 0–65535, got ${values.port}\n`)
    return 2
  }
  if (maxBody === null) {
    process.stderr.write(
      `--max-body must be a size such as 10mb or 1048576, got ${values['max-body']}\n`,
    )
    return 2
  }
  let loaded
  try {
    loaded = await loadServedModel(values.model)
  } catch (error) {
    process.stderr.write(`No model to serve: ${(error as Error).message}\n`)
    return 1
  }
  // like MLflow: the MLmodel's python_function.predict_fn unless --predict-fn overrides it
  const predictFn: PredictFn = fn ?? loaded.predictFn ?? 'predict'
  let server
  try {
    server = createScoringServer(loaded.model, { predictFn, maxBodyBytes: maxBody })
  } catch (error) {
    process.stderr.write(`Cannot serve ${loaded.description}: ${(error as Error).message}.\n`)
    return 2
  }
  server.keepAliveTimeout = 60_000
  return new Promise<number>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${values.host} is already in use (try --port)`
          : error.message
      process.stderr.write(`Cannot start the scoring server: ${why}.\n`)
      resolve(1)
    })
    server.listen(port, values.host, () => {
      const address = server.address()
      const bound = typeof address === 'object' && address ? address.port : port
      process.stdout.write(
        `Serving ${loaded.description} (${predictFn}) at http://${values.host}:${bound}/invocations\n`,
      )
    })
  })
}

process.exitCode = await main(process.argv.slice(2))

import type { LoadedPredictions } from '../../predictions/types'

/**
 * A predictions file as the build read it, once: the predictions model, and which features the
 * file stores as integers without a missing value (the one fact drift typing needs from the
 * parquet schema, so the schema itself goes no further). Or why it could not be read.
 */
export type PredictionsInput =
  | {
      status: 'read'
      /** the file as the user gave it */
      source: string
      predictions: LoadedPredictions
      /** canonical feature names pandas would read as int64 */
      integerFeatures: readonly string[]
    }
  | { status: 'unreadable'; source: string; error: string }

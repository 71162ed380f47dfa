import { columnKinds } from '../site-data/predictions/column-kinds'
import type { PredictionsInput } from '../site-data/predictions/predictions-input'
import { readPredictionsInput } from '../site-data/predictions/read-predictions-input'
import { MonitorInputError } from './monitor-input-error'
import { monitorDataset, type MonitorDataset } from './monitor-dataset'

type ReadInput = Extract<PredictionsInput, { status: 'read' }>

/**
 * Dev and prod as monitoring reads them, from predictions files the build already read:
 * features typed once over both (column-kinds), so monitoring's drift is the dashboard's.
 */
export function monitorDatasets(
  dev: ReadInput,
  prod: ReadInput,
): { dev: MonitorDataset; prod: MonitorDataset } {
  const kinds = columnKinds(dev, prod)
  return {
    dev: monitorDataset('dev', dev.predictions, kinds),
    prod: monitorDataset('prod', prod.predictions, kinds),
  }
}

/**
 * Node only. Reads the dev and prod predictions files as the build does (read-predictions-input)
 * and maps them with monitorDatasets. An unreadable file is a MonitorInputError naming it.
 */
export async function readMonitorDatasets(
  devPath: string,
  prodPath: string,
): Promise<{ dev: MonitorDataset; prod: MonitorDataset }> {
  const read = async (name: string, path: string) => {
    const input = await readPredictionsInput(path)
    if (input.status !== 'read') {
      throw new MonitorInputError(`${name} predictions ${path}: ${input.error}`)
    }
    return input
  }
  return monitorDatasets(await read('dev', devPath), await read('prod', prodPath))
}

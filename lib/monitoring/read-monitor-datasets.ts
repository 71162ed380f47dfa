import { columnKinds } from '../site-data/predictions/column-kinds'
import { readPredictionsInput } from '../site-data/predictions/read-predictions-input'
import { MonitorInputError } from './monitor-input-error'
import { monitorDataset, type MonitorDataset } from './monitor-dataset'

/**
 * Node only. Reads the dev and prod predictions files as the build does (read-predictions-input)
 * and types their features once over both (column-kinds), so monitoring's drift is the
 * dashboard's. An unreadable file is a MonitorInputError naming it.
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
  const dev = await read('dev', devPath)
  const prod = await read('prod', prodPath)
  const kinds = columnKinds(dev, prod)
  return {
    dev: monitorDataset('dev', dev.predictions, kinds),
    prod: monitorDataset('prod', prod.predictions, kinds),
  }
}

import { readFileSync } from 'node:fs'
import { buildMonitoringReport, type MonitoringReport } from '../lib/monitoring/monitoring-report'
import { monitorDatasets } from '../lib/monitoring/read-monitor-datasets'
import { parseModelSnapshot } from '../lib/site-data/model/parse-model-snapshot'
import { readPredictionsInput } from '../lib/site-data/predictions/read-predictions-input'
import { ownModelJson } from '../lib/serving/read-logged-model'

let cached: Promise<MonitoringReport> | null = null

/**
 * What lib/monitoring computes on the files the build read (data/output) with the model the
 * build served (out/data/model.json), apart from the page: the numbers the views must show.
 */
export function expectedMonitoring(): Promise<MonitoringReport> {
  cached ??= (async () => {
    const dev = await readPredictionsInput('data/output/predictions_dev.parquet')
    const prod = await readPredictionsInput('data/output/predictions_prod.parquet')
    if (dev.status !== 'read' || prod.status !== 'read') throw new Error('run npm run pipeline')
    const model = ownModelJson(
      parseModelSnapshot(readFileSync('out/data/model.json', 'utf8')).model,
    )
    const sets = monitorDatasets(dev, prod)
    return buildMonitoringReport(sets.dev, sets.prod, { model })
  })()
  return cached
}

/**
 * Test helper: writes a tiny MLflow FileStore tree (meta.yaml files as MLflow 2.x/3.x write
 * them, see mlflow-formats.md §1.2–1.3) into a temporary folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function write(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
}

export function writeExperiment(root: string, id: string, name: string, lifecycle = 'active') {
  write(
    join(root, id, 'meta.yaml'),
    `artifact_location: file://${root}/${id}\ncreation_time: 1733000000000\n` +
      `experiment_id: '${id}'\nlast_update_time: 1733000000000\nlifecycle_stage: ${lifecycle}\nname: ${name}\n`,
  )
}

export function writeRun(root: string, experimentId: string, runId: string, name: string) {
  const folder = join(root, experimentId, runId)
  write(
    join(folder, 'meta.yaml'),
    `artifact_uri: file://${folder}/artifacts\ndeleted_time: null\nend_time: 1733000099999\n` +
      `entry_point_name: ''\nexperiment_id: '${experimentId}'\nlifecycle_stage: active\n` +
      `run_id: ${runId}\nrun_name: ${name}\nrun_uuid: ${runId}\nsource_name: ''\nsource_type: 4\n` +
      `source_version: ''\nstart_time: 1733000012345\nstatus: 3\ntags: []\nuser_id: kobe\n`,
  )
  write(join(folder, 'metrics', 'f1'), '1733000050000 0.5 0\n1733000060000 0.55 1\n')
  write(join(folder, 'params', 'C'), '1.0')
}

/** Messages of "Open a project" (header control and banner), spread into the English catalogue. */
export const projectMessagesEn = {
  'project.open': 'Open a project',
  'runs.sourceLocal':
    'Read in this browser from {location} ({kind}) of the opened project. Runs: {runs}; experiments: {experiments}; registered models: {models}.',
  'project.openFolder': 'Open a folder…',
  'project.openFiles': 'Open files…',
  'project.dialogTitle': 'Open your own project',
  'project.dialogHelp':
    'Choose your project folder (an mlruns/ folder or mlflow.db, predictions parquet files, mapping files, models) or drop it here. The dashboard is computed on this machine: nothing is uploaded.',
  'project.drop': 'Drop a folder or files here',
  'project.close': 'Close',
  'project.stage.reading': 'Reading the files',
  'project.stage.columns': 'Recognising columns',
  'project.stage.statistics': 'Statistics',
  'project.stage.runs': 'Runs',
  'project.stage.models': 'Models',
  'project.stage.monitoring': 'Monitoring',
  'project.progress': 'Building the dashboard of {name}',
  'project.failed': 'Could not open {name}: {error}',
  'project.banner':
    'Showing your local project {name}, computed in this browser ({seconds} s): nothing was uploaded.',
  'project.backToBuilt': 'Back to the built data',
  'project.missing':
    'This link shows a local project (source=local), which is not open in this browser. Open it again, or go back to the built data.',
  'project.empty':
    'This site was built without data. Open your own project folder to see its dashboard, computed in this browser.',
} as const

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
  'project.monitoring.computing':
    'Still computing the monitoring report in this browser: {what} will fill in here when it is done, without a reload.',
  'project.monitoring.what.overview': 'the retrain signals and the label-free (CBPE) estimate',
  'project.monitoring.what.drift':
    'the share of drifted features against the 50 % rule, the features that matter most and the predictive retrain signals',
  'project.monitoring.what.timeline':
    'the health chunk by chunk, every retrain signal and the worst prod slices',
  'project.monitoring.failed':
    'The monitoring report could not be computed in this browser ({error}); every other figure is shown.',
  'project.monitoring.unfinished':
    'The monitoring report was not finished when this page was closed, so it is not here: open the project folder again to compute it.',
  'project.monitoring.verdictPending':
    'Provisional: the retrain signals are still being computed, and the verdict counts them once they are in.',
  'project.monitoring.banner':
    'Computing the monitoring report (drift per chunk, label-free estimates, retrain signals, worst slices): the overview, drift and timeline fill it in when it is done.',
  'project.monitoring.problemsPending':
    'The monitoring report is still being computed: its problems join this list when it is done.',
  'project.monitoring.bannerDone': 'Monitoring report computed ({seconds} s after opening).',
} as const

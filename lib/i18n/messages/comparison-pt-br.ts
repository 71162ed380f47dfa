import type { comparisonMessagesEn } from './comparison-en'

/** Mensagens da comparação de modelos. */
export const comparisonMessagesPtBr: Record<keyof typeof comparisonMessagesEn, string> = {
  'overview.sources.step.comparison': 'comparação de modelos',
  'comparison.title': 'Modelos comparados',
  'comparison.loading': 'Carregando os modelos comparados…',
  'comparison.none':
    'Nenhum modelo para comparar: defina MONITOR_COMPARE com referências separadas por vírgula (ids de run, models:/nome/versão, models:/nome@alias ou arquivos de modelo) e refaça o build.',
  'comparison.one':
    'Só um modelo pôde ser comparado; acrescente outro em MONITOR_COMPARE (ids de run, models:/nome/versão, models:/nome@alias ou arquivos de modelo) e refaça o build.',
  'comparison.chosenBy.env': 'Modelos de MONITOR_COMPARE.',
  'comparison.chosenBy.candidates':
    'Os dois modelos candidatos do nosso pipeline (as runs Treinamento); defina MONITOR_COMPARE para comparar outros.',
  'comparison.chosenBy.registry':
    'As duas versões registradas mais novas; defina MONITOR_COMPARE para comparar outras.',
  'comparison.chosenBy.none': 'Nenhum modelo foi encontrado para comparar.',
  'comparison.pick': 'Modelos mostrados',
  'comparison.skipped': 'Não comparado: {reference}: {reason}',
  'comparison.clipped': '{model} é um regressor: sua saída é limitada a [0, 1] como score.',
  'comparison.roc.title': 'Curva ROC por modelo',
  'comparison.roc.description':
    'Cada modelo repontuado nas mesmas linhas filtradas: contínua produção, tracejada desenvolvimento; AUC na legenda.',
  'comparison.pr.title': 'Precisão–recall por modelo',
  'comparison.pr.description':
    'Cada modelo repontuado nas mesmas linhas filtradas: contínua produção, tracejada desenvolvimento; precisão média na legenda.',
  'comparison.legend': '{model} · {dataset} ({value})',
  'comparison.confusion.title': 'Confusão no limiar {threshold}',
  'comparison.table.title': 'Métricas por modelo e conjunto (linhas filtradas)',
  'comparison.table.metric': 'Métrica',
  'comparison.table.column': '{model} · {dataset}',
  'comparison.sentences': 'Qual modelo é melhor',
  'comparison.sentence.split':
    '{metric}: {prodModel} é melhor em produção ({prodBest} vs {prodOther}) e {devModel} em desenvolvimento ({devBest} vs {devOther}).',
  'comparison.sentence.both':
    '{metric}: {model} é melhor em produção ({prodBest} vs {prodOther}) e em desenvolvimento ({devBest} vs {devOther}).',
  'comparison.sentence.clauses': '{metric}: {clauses}.',
  'comparison.clause.better': '{model} é melhor em {dataset} ({best} vs {other})',
  'comparison.clause.tie': 'os modelos empatam em {dataset} ({best})',
  'comparison.clause.and': ' e ',
  'comparison.sentence.missing': '{metric}: indisponível nestas linhas.',
  'comparison.metric.roc_auc': 'ROC AUC',
  'comparison.metric.average_precision': 'Precisão média',
  'comparison.metric.log_loss': 'Log loss',
  'comparison.metric.brier_score': 'Brier score',
  'comparison.metric.accuracy': 'Acurácia em {threshold}',
  'comparison.metric.precision': 'Precisão em {threshold}',
  'comparison.metric.recall': 'Recall em {threshold}',
  'comparison.metric.f1_score': 'F1 em {threshold}',
  'comparison.estimator': '{model}: {estimator}',
  'comparison.cell.tn': 'VN',
  'comparison.cell.fp': 'FP',
  'comparison.cell.fn': 'FN',
  'comparison.cell.tp': 'VP',
  'comparison.card.title': 'Modelos comparados',
  'comparison.card.description':
    'Todas as linhas de desenvolvimento e produção repontuadas por cada modelo (exato, limiar 0,50).',
  'comparison.card.link': 'Comparar na página de desempenho',
  'comparison.card.model': 'Modelo',
  'comparison.court.label': 'Colorir arremessos de produção por',
  'comparison.court.served': 'o arquivo de predições',
  'comparison.court.note':
    'A P(convertido) de produção aqui é a de {model}, repontuada pelo build nas mesmas linhas ({estimator}).',
  'comparison.error': 'A comparação não pôde ser mostrada: {error}',
}

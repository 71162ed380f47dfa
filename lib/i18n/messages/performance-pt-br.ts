import type { performanceMessagesEn } from './performance-en'

/** Mensagens da página Desempenho (/performance/). */
export const performanceMessagesPtBr: Record<keyof typeof performanceMessagesEn, string> = {
  'performance.loading': 'Carregando as previsões…',

  'performance.section.ranking':
    'Ordenação: probabilidades mais altas correspondem a arremessos convertidos?',
  'performance.section.atThreshold': 'No limiar escolhido',
  'performance.section.acrossThresholds': 'Em todos os limiares',
  'performance.section.scores': 'Probabilidades e calibração',

  'performance.headline.threshold':
    'Com limiar {threshold}, o modelo prevê como convertidos {prodPredicted} de {prodTotal} arremessos rotulados de produção ({prodShare}), contra {devPredicted} de {devTotal} no desenvolvimento ({devShare}). O F1 é {prodF1} em produção e {devF1} no desenvolvimento.',
  'performance.headline.ranking':
    'Ordenação, qualquer que seja o limiar: ROC AUC {devAuc} no desenvolvimento e {prodAuc} em produção (0,5 equivale a cara ou coroa).',

  'performance.roc.title': 'Curva ROC, desenvolvimento x produção',
  'performance.roc.description':
    'Proporção de convertidos previstos como convertidos (verdadeiros positivos) contra a de errados previstos como convertidos (falsos positivos), em cada limiar; os pontos marcam o limiar atual ({threshold}).',
  'performance.roc.chance': 'Acaso',
  'performance.pr.title': 'Curva precisão–revocação, desenvolvimento x produção',
  'performance.pr.description':
    'Linhas tracejadas: a proporção de arremessos convertidos de cada conjunto, a precisão de um chute. Pontos: limiar {threshold}.',

  'performance.legend.auc': '{dataset} (AUC {value})',
  'performance.legend.ap': '{dataset} (AP {value})',
  'performance.legend.baseRate': '{dataset} taxa base {value}',
  'performance.legend.baseRateLine': '{dataset} taxa base',
  'performance.legend.brier': '{dataset} (Brier {value})',
  'performance.legend.devSolid': 'Desenvolvimento (contínua)',
  'performance.legend.prodDashed': 'Produção (tracejada)',

  'performance.hover.fpr': 'Taxa de falsos positivos',
  'performance.hover.tpr': 'Taxa de verdadeiros positivos',
  'performance.hover.threshold': 'Limiar',
  'performance.hover.aboveMax': 'acima de todas as probabilidades',

  'performance.axis.fpr': 'Taxa de falsos positivos',
  'performance.axis.tpr': 'Taxa de verdadeiros positivos (revocação)',
  'performance.axis.predicted': 'Previsto',
  'performance.axis.actual': 'Real',
  'performance.axis.threshold': 'Limiar de decisão sobre P(convertido)',
  'performance.axis.metric': 'Valor da métrica',
  'performance.axis.probability': 'Probabilidade prevista de arremesso convertido',
  'performance.axis.classShare': 'Proporção da classe (%)',
  'performance.axis.meanPredicted': 'P(convertido) média prevista no intervalo',
  'performance.axis.fractionMade': 'Proporção de arremessos convertidos no intervalo',
  'performance.thresholdLabel': 'limiar {threshold}',

  'performance.confusion.title': 'Matriz de confusão, {dataset} (limiar {threshold})',
  'performance.confusion.mode': 'As células da matriz de confusão mostram',
  'performance.confusion.counts': 'Contagens',
  'performance.confusion.normalised': 'Proporção da classe real',
  'performance.confusion.total': '{count} arremessos rotulados',
  'performance.confusion.excluded':
    '({count} arremessos rotulados sem probabilidade ficam de fora)',

  'performance.metric.specificity': 'Especificidade',
  'performance.table.caption': 'Métricas no limiar {threshold}',
  'performance.table.metric': 'Métrica',
  'performance.table.delta': 'Produção − desenvolvimento',

  'performance.byThreshold.title': 'Precisão, revocação, F1 e acurácia por limiar',
  'performance.byThreshold.description':
    'Desenvolvimento em linha contínua, produção tracejada; a linha vertical pontilhada é o limiar atual.',

  'performance.distribution.title': 'Probabilidade prevista por classe real',
  'performance.distribution.description':
    'Proporção dos arremessos convertidos e dos errados em cada intervalo de P(convertido): a linha pontilhada mostra onde o limiar corta.',
  'performance.distribution.panel': '{dataset}: {count} arremessos rotulados',
  'performance.distribution.hover':
    '{cls}: %{y:.1f}% da classe (%{customdata[0]} arremessos)<br>P(convertido) %{customdata[1]}',

  'performance.reliability.title': 'Diagrama de confiabilidade (10 intervalos)',
  'performance.reliability.description':
    'Proporção de convertidos contra a probabilidade média prevista; sobre a diagonal pontilhada as probabilidades estão calibradas. Pontos maiores reúnem mais arremessos.',
  'performance.reliability.perfect': 'Calibração perfeita',
  'performance.reliability.hover':
    'P(convertido) %{customdata[1]}: %{customdata[0]} arremessos<br>média prevista %{x:.3f}<br>proporção de convertidos %{y:.3f}',

  'performance.note.title': 'Observações sobre os dados',
  'performance.note.error': '{dataset}: {message}',
  'performance.note.excluded':
    '{dataset}: {count} arremessos rotulados não têm probabilidade válida e ficam fora de todas as métricas.',
  'performance.note.oneClass':
    '{dataset}: só há um resultado nesta seleção, então a ROC AUC e parte das curvas ficam indefinidas.',
  'performance.note.loader': 'Relatório do arquivo: {detail}',
  'performance.unavailable.noTarget':
    '{dataset}: sem coluna de alvo: métricas de desempenho indisponíveis.',
  'performance.unavailable.noLabels':
    '{dataset}: nenhum arremesso com resultado conhecido passa pelos filtros, então estas métricas não podem ser calculadas.',
}

import type { timelineMessagesEn } from './timeline-en'

/** Mensagens da visão Linha do tempo (`/timeline/`) e dos painéis de monitoramento das outras visões. */
export const timelineMessagesPtBr: Record<keyof typeof timelineMessagesEn, string> = {
  'timeline.loading': 'Carregando o relatório de monitoramento…',
  'timeline.noReport': 'Esta compilação não tem relatório de monitoramento: {problem}',
  'timeline.chunking.label': 'Blocos',
  'timeline.chunking.season': 'Por temporada',
  'timeline.chunking.month': 'Por mês',
  'timeline.chunking.rows': 'Pela ordem das linhas',
  'timeline.chunking.invalid':
    'A URL pede blocos "{value}", que não existem: mostrando temporadas.',
  'timeline.basis':
    'Calculado na compilação sobre todos os arremessos de prod no limiar {threshold}, como faz o npm run monitor: o limiar e os filtros das outras visões não se aplicam aqui.',
  'timeline.summary':
    '{alerting} de {total} blocos alertam em {metric} (abaixo de {limit}); {drifting} de {total} mostram desvio do conjunto.',
  'timeline.noChunks': 'Nenhum bloco deste tipo: {note}',
  'timeline.rows': 'Arremessos',
  'timeline.labelledShare': 'Parcela rotulada',
  'timeline.realised': 'Realizado (arremessos rotulados)',
  'timeline.estimated': 'Estimado sem rótulos (intervalo de 95%)',
  'timeline.alerting': 'Além do limite de alerta',
  'timeline.limit': 'limite de alerta {limit}',
  'timeline.driftShare': 'Parcela de variáveis com desvio',
  'timeline.driftRule': 'desvio do conjunto a partir de {share}',
  'timeline.statisticOverThreshold': 'estatística ÷ limiar',
  'timeline.tooSmall': 'poucos arremessos',
  'timeline.chart.rows': 'Arremessos e parcela rotulada por bloco',
  'timeline.chart.rowsDescription':
    'Barras: arremessos de prod no bloco; linha: a parcela com resultado conhecido.',
  'timeline.chart.metric': '{metric} por bloco',
  'timeline.chart.metricDescription':
    'Contínua: realizado nos arremessos rotulados; tracejada: a estimativa sem rótulos com seu intervalo de 95%; cruzes vermelhas: blocos além do limite de alerta.',
  'timeline.chart.drift': 'Desvio do conjunto por bloco',
  'timeline.chart.driftDescription':
    'Parcela de variáveis cujo teste de desvio dispara contra toda a referência de dev; barras vermelhas: desvio do conjunto.',
  'timeline.chart.features': 'Desvio por variável e bloco',
  'timeline.chart.featuresDescription':
    'Cada célula: a estatística de desvio (● = com desvio); cor: estatística ÷ limiar, vermelho acima de 1.',
  'timeline.chart.empty':
    'Nenhum bloco tem esta medida: todos são pequenos demais (veja a tabela).',
  'timeline.table.title': 'Blocos, um por linha',
  'timeline.table.chunk': 'Bloco',
  'timeline.table.rows': 'Arremessos',
  'timeline.table.labelled': 'Rotulados',
  'timeline.table.realised': '{metric} realizado',
  'timeline.table.estimated': '{metric} estimado',
  'timeline.table.drift': 'Variáveis com desvio',
  'timeline.table.alerts': 'Alertas',
  'timeline.alert.realised': '{metric} além do limite',
  'timeline.alert.estimated': 'estimativa além do limite',
  'timeline.alert.drift': 'desvio do conjunto',
  'timeline.alert.none': 'nenhum',
  'timeline.untrusted': 'não confiável aqui',

  'monitoring.signals.title': 'Sinais de retreino',
  'monitoring.signals.description':
    'Reativo: a métrica observada piora mais de {share}. Preditivo: as entradas desviam.',
  'monitoring.signals.reactive': 'Reativo',
  'monitoring.signals.predictive': 'Preditivo',
  'monitoring.signals.fired': 'Disparou',
  'monitoring.signals.quiet': 'Não disparou',
  'monitoring.signals.when': 'em {when}',
  'monitoring.signals.evidence': 'Evidência',
  'monitoring.signals.retrain': 'Retreinar: {count} de {total} sinais dispararam.',
  'monitoring.signals.healthy': 'Nenhum sinal de retreino disparou.',

  'monitoring.drift.title': 'Desvio e a decisão de retreinar',
  'monitoring.drift.description':
    'Do relatório de monitoramento sobre todos os arremessos de dev e prod (como npm run monitor; os filtros da barra lateral não se aplicam): os sinais preditivos de retreino, a parcela de variáveis com desvio frente à regra de {rule} e as variáveis que mais importam ao modelo.',
  'monitoring.drift.share': '{drifted} de {columns} variáveis com desvio ({share})',
  'monitoring.drift.rule': 'desvio do conjunto a partir de {rule}',
  'monitoring.drift.datasetYes': 'Desvio do conjunto',
  'monitoring.drift.datasetNo': 'Sem desvio do conjunto',
  'monitoring.drift.meter': 'Parcela de variáveis com desvio',
  'monitoring.drift.important': 'Variáveis que mais importam ao modelo',
  'monitoring.drift.importance': 'Importância',
  'monitoring.drift.feature': 'Variável',
  'monitoring.drift.test': 'Teste',
  'monitoring.drift.statistic': 'Estatística (limiar)',
  'monitoring.drift.drifted': 'Desviou',
  'monitoring.drift.yes': 'sim',
  'monitoring.drift.no': 'não',
  'monitoring.drift.timeline': 'Desvio do conjunto por bloco na linha do tempo',
  'monitoring.drift.noReport': 'Este build não tem relatório de monitoramento: {problem}',

  'monitoring.estimate.title': 'Estimativa sem rótulos ao lado das métricas realizadas',
  'monitoring.estimate.description':
    'Todos os arremessos de prod no limiar {threshold}: realizado nos {labelled} arremessos rotulados; estimado (CBPE) em todos os {rows} arremessos pontuados, como se nenhum rótulo fosse conhecido.',
  'monitoring.estimate.metric': 'Métrica',
  'monitoring.estimate.dev': 'Dev',
  'monitoring.estimate.realised': 'Prod, realizado',
  'monitoring.estimate.estimated': 'Prod, estimado',
  'monitoring.estimate.interval': 'Intervalo de 95%',
  'monitoring.estimate.untrusted': 'Não confiável aqui, porque:',
  'monitoring.estimate.trusted':
    'As verificações de validade passam: a estimativa pode substituir os rótulos ausentes.',
  'monitoring.estimate.support':
    '{share} dos arremessos de prod ficam fora dos valores de {feature} vistos em dev',
  'monitoring.estimate.calibrationShift':
    'o erro de calibração das probabilidades calibradas sobe {shift} de dev para prod rotulado (limite +0,05)',
  'monitoring.estimate.why':
    'A estimativa aprende P(acerto | escore) em dev, então nada diz sobre arremessos diferentes de todos os de dev.',
  'monitoring.estimate.unavailable': 'Sem estimativa sem rótulos: {reason}',

  'monitoring.slices.title': 'Onde o modelo mais falha',
  'monitoring.slices.description':
    'Fatias de prod ordenadas pela distância à {metric} geral ({overall}), com intervalo bootstrap de 95% com semente fixa.',
  'monitoring.slices.metric': 'Ordenar por',
  'monitoring.slices.column': 'Coluna',
  'monitoring.slices.value': 'Valor',
  'monitoring.slices.rows': 'Arremessos (rotulados)',
  'monitoring.slices.ci': 'Intervalo de 95%',
  'monitoring.slices.direction': 'Em relação ao geral',
  'monitoring.slices.worse': 'pior',
  'monitoring.slices.better': 'melhor',
  'monitoring.slices.same': 'igual',
  'monitoring.slices.more': 'Fatias sem valor ({count})',
  'monitoring.slices.none': 'Nenhuma fatia pôde ser ordenada.',

  'monitoring.calibration.title': 'Erro de calibração',
  'monitoring.calibration.description':
    '10 faixas de largura igual, como calibration_curve do scikit-learn: ECE é a diferença ponderada pelas faixas, MCE a maior diferença.',
  'monitoring.calibration.ece': 'ECE',
  'monitoring.calibration.mce': 'MCE',
  'monitoring.calibration.brier': 'Escore de Brier',

  'monitoring.thresholds.title': 'Limiares recomendados',
  'monitoring.thresholds.description':
    'Os limiares que maximizam o F1, o J de Youden e o valor da matriz abaixo, exatos sobre cada escore distinto; linhas pontilhadas no gráfico acima.',
  'monitoring.thresholds.criterion': 'Maximiza',
  'monitoring.thresholds.f1': 'F1',
  'monitoring.thresholds.youden': 'J de Youden',
  'monitoring.thresholds.value': 'Valor',
  'monitoring.thresholds.use': 'Usar {threshold}',
  'monitoring.thresholds.useLabel':
    'Usar {threshold} como limiar do painel ({criterion}, {dataset})',
  'monitoring.thresholds.unavailable': '–',
  'monitoring.thresholds.mark': '{criterion} {dataset}',

  'monitoring.cost.title': 'Matriz de custo/benefício',
  'monitoring.cost.description':
    'O valor de um arremesso em cada célula (um acerto previsto como acerto, …); o melhor limiar é recalculado nos arremessos enviados da seleção atual.',
  'monitoring.cost.tp': 'Acerto, previsto acerto (VP)',
  'monitoring.cost.fp': 'Erro, previsto acerto (FP)',
  'monitoring.cost.fn': 'Acerto, previsto erro (FN)',
  'monitoring.cost.tn': 'Erro, previsto erro (VN)',
  'monitoring.cost.invalid': 'Cada célula precisa de um número.',
  'monitoring.cost.best':
    '{dataset}: melhor limiar {threshold}, valor total {value} ({perRow} por arremesso)',
  'monitoring.cost.noRows': '{dataset}: {reason}',
}

import type { overviewMessagesEn } from './overview-en'

/** Mensagens da página Visão geral (/). */
export const overviewMessagesPtBr: Record<keyof typeof overviewMessagesEn, string> = {
  'overview.loading': 'Carregando as previsões…',
  'overview.datasetError': '{dataset}: {message}',

  'overview.verdict.title': 'Diagnóstico',
  'overview.severity.ok': 'Saudável',
  'overview.severity.warning': 'Requer atenção',
  'overview.severity.critical': 'Crítico',
  'overview.verdict.f1Fell': 'o F1 em produção caiu de {dev} para {prod} com limiar {threshold}',
  'overview.verdict.f1Held':
    'o F1 em produção é {prod}, contra {dev} no desenvolvimento, com limiar {threshold}',
  'overview.verdict.noneMade': '(nenhum arremesso de produção é previsto como convertido)',
  'overview.verdict.fewMade':
    '(apenas {count} de {total} arremessos de produção são previstos como convertidos)',
  'overview.verdict.drift': '{drifted} de {columns} variáveis apresentam desvio',
  'overview.verdict.noDrift': 'nenhuma das {columns} variáveis apresenta desvio',
  'overview.verdict.outside':
    '{share} dos arremessos de produção estão fora da faixa de desenvolvimento de {feature} ({min}–{max}{unit})',
  'overview.verdict.extrapolating': ': o modelo está extrapolando',
  'overview.verdict.unseen':
    '{share} dos arremessos de produção têm um valor de {feature} nunca visto no desenvolvimento',
  'overview.verdict.unavailable': 'as previsões de {dataset} não estão disponíveis',
  'overview.verdict.noLabels':
    'nenhum arremesso de {dataset} nesta seleção tem resultado conhecido, então o F1 não pode ser comparado',
  'overview.verdict.probabilityUnusable':
    'nenhum arremesso de {dataset} tem probabilidade utilizável ({excluded} valores da coluna "{column}" estão fora de [0, 1] ou faltam), então o F1 não pode ser comparado embora {labelled} arremessos tenham resultado conhecido',
  'overview.verdict.nothing': 'Não há o que avaliar: o build não encontrou previsões.',
  'overview.verdict.filtered':
    'Apenas os arremessos que passam pelos filtros: {dev} de desenvolvimento e {prod} de produção; o desvio foi recalculado sobre eles.',
  'overview.verdict.driftError': 'Não foi possível calcular o desvio nesta seleção: {message}',
  'overview.verdict.retrain':
    'retreinar: {reactive} sinais reativos e {predictive} preditivos dispararam',
  'overview.verdict.noRetrain': 'nenhum sinal de retreino disparou',
  'overview.evidence.timeline': 'Evolução: sinais de retreino, temporada a temporada',
  'overview.evidence.title': 'Evidências',
  'overview.evidence.performance': 'Desempenho: F1, ROC, matriz de confusão',
  'overview.evidence.drift': 'Desvio: variável por variável',
  'overview.evidence.court': 'Mapa da quadra: onde estão os arremessos de produção',
  'overview.rules.summary': 'Como o diagnóstico é decidido',
  'overview.rules.f1':
    'F1 no limiar: requer atenção quando a produção fica {warning} ou mais abaixo do desenvolvimento; crítico a partir de {critical} abaixo.',
  'overview.rules.drift':
    'Desvio: o teste padrão do Evidently para cada variável, com o desenvolvimento como referência; requer atenção quando pelo menos {share} das variáveis apresentam desvio (desvio do conjunto de dados).',
  'overview.rules.outside':
    'Extrapolação: a variável com a maior proporção de arremessos de produção fora do [mín, máx] do desenvolvimento; requer atenção a partir de {warning}, crítico a partir de {critical}.',
  'overview.rules.worst': 'O pior dos três define o diagnóstico.',

  'overview.metrics.title': 'Métricas, desenvolvimento vs produção',
  'overview.metrics.atThreshold': 'Com limiar {threshold}',
  'overview.metrics.thresholdFree': 'Qualquer que seja o limiar',
  'overview.metrics.devShort': 'Desenv.',
  'overview.metrics.prodShort': 'Produção',
  'overview.metrics.lowerIsBetter': 'menor é melhor',
  'overview.metrics.delta': 'Produção − desenvolvimento',
  'overview.metrics.noValue': 'nenhum arremesso com resultado conhecido',
  'overview.metrics.note':
    'Calculadas no seu navegador sobre os arremessos com resultado conhecido que passam pelos filtros: {dev} de desenvolvimento, {prod} de produção.',
  'overview.delta.better': 'melhor',
  'overview.delta.worse': 'pior',
  'overview.delta.same': 'sem mudança',

  'overview.counts.title': 'Arremessos',
  'overview.counts.dev': 'Arremessos de desenvolvimento',
  'overview.counts.prod': 'Arremessos de produção',
  'overview.counts.devHint': 'arremessos de 2 pontos, usados no treino do modelo',
  'overview.counts.prodHint': 'arremessos de 3 pontos, avaliados em produção',
  'overview.counts.labelled': 'resultado conhecido',
  'overview.counts.unlabelled': 'resultado desconhecido',
  'overview.counts.made': '{made} convertidos',
  'overview.counts.filtered': '{rows} de {total} arremessos passam pelos filtros',
  'overview.counts.bar': '{labelled} com resultado conhecido, {unlabelled} desconhecidos',
  'overview.counts.sampled':
    'O arquivo tem {rows} linhas; o navegador recebe uma amostra aleatória uniforme de {shipped}, e os números desta página são calculados sobre essa amostra.',
  'overview.counts.missing': 'Não há previsões de {dataset} neste build.',

  'overview.predictions.title': 'Taxa de acerto prevista vs real',
  'overview.predictions.sentence':
    '{dataset}: com limiar {threshold}, o modelo prevê como convertidos {predicted} de {scored} arremessos ({predictedShare}), enquanto {actualShare} dos {labelled} arremessos com resultado conhecido foram convertidos. Probabilidade prevista média: {mean}.',
  'overview.predictions.noScores':
    '{dataset}: nenhum arremesso tem probabilidade utilizável (todos os valores faltam ou estão fora de [0, 1]), então não há previsões para contar.',
  'overview.chart.title': 'Taxa de conversão: real vs prevista, desenvolvimento vs produção',
  'overview.chart.description':
    'Arremessos convertidos (resultados conhecidos), arremessos que o modelo prevê como convertidos no limiar e a probabilidade prevista média.',
  'overview.chart.actual': 'Taxa de conversão real',
  'overview.chart.predicted': 'Previstos como convertidos (limiar {threshold})',
  'overview.chart.mean': 'P(convertido) média',
  'overview.chart.none': 'n/d',
  'overview.chart.share': 'Proporção de arremessos',
  'overview.chart.empty': 'Nenhum conjunto de dados tem previsões para comparar.',

  'overview.sources.title': 'Fontes de dados',
  'overview.sources.built': 'Snapshot gerado em {date}.',
  'overview.sources.rows': '{rows} linhas: {labelled} com resultado conhecido, {unlabelled} sem.',
  'overview.sources.sampled': 'Amostrado: o navegador recebe {shipped} delas.',
  'overview.sources.excluded':
    '{count} linhas não têm probabilidade válida e ficam fora das métricas.',
  'overview.sources.detected': 'Reconhecido',
  'overview.sources.missing': 'Ausente',
  'overview.sources.warnings': 'Avisos',
  'overview.sources.absent':
    'Nenhum arquivo de previsões de {dataset} foi lido: o painel mostra o que o outro arquivo permite.',
  'overview.sources.absentBoth': 'Nenhum arquivo de previsões de {dataset} foi lido.',
  'overview.sources.unreadParquet': 'Arquivos parquet que não puderam ser lidos',
  'overview.sources.problems': 'Problemas do build',
  'overview.sources.noProblems': 'O build não relatou problemas.',
  'overview.sources.problemCount': '{count} problemas ({steps}): mostrar a lista',
  'overview.sources.stepCount': '{step} {count}',
  'overview.sources.step.sources': 'busca das fontes',
  'overview.sources.step.snapshot': 'predições',
  'overview.sources.step.runs': 'runs',
  'overview.sources.step.what-if': 'modelo do what-if',
  'overview.sources.step.monitoring': 'relatório de monitoramento',
  'overview.sources.store': 'Store',
  'overview.sources.run': 'Run',
  'overview.sources.prodFile': 'Arquivo de produção',
  'overview.sources.devFile': 'Arquivo de desenvolvimento',
  'overview.sources.rule': 'Regra: {rule}',
  'overview.sources.stores':
    'Stores encontrados: {stores} (runs entre parênteses); {pairs} pares candidatos de predições. `npm run inspect` lista todos; MONITOR_RUN_ID ou MLFLOW_TRACKING_URI escolhe outro.',
}

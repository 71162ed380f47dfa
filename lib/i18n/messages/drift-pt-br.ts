import type { driftMessagesEn } from './drift-en'

/** Mensagens da visão Desvio (`/drift/`), no catálogo em português do Brasil. */
export const driftMessagesPtBr: Record<keyof typeof driftMessagesEn, string> = {
  'drift.loading': 'Carregando a tabela de desvio…',
  'drift.rowsLoading': 'Carregando os arremessos para os gráficos…',
  'drift.noTable':
    'Esta compilação não tem tabela de desvio: ela precisa das previsões de dev e de prod.',
  'drift.error': 'Não foi possível calcular a tabela de desvio: {message}',
  'drift.emptySide':
    'Nenhum arremesso de {dataset} corresponde aos filtros, então não há o que comparar. Dev contém os arremessos de 2 pontos e prod os de 3 pontos; por isso um filtro de zona pode esvaziar um dos lados.',
  'drift.skipped': '{column} ficou de fora: {reason}',
  'drift.skipped.empty.reference':
    'a amostra de dev (referência) fica vazia sem os valores ausentes (null, NaN, ±Infinity)',
  'drift.skipped.empty.current':
    'a amostra de prod (atual) fica vazia sem os valores ausentes (null, NaN, ±Infinity)',

  'drift.scope.all':
    'Todos os arremessos: {dev} arremessos de dev (referência) contra {prod} de prod (atual), calculados na compilação do site.',
  'drift.scope.filtered':
    'A tabela e os gráficos refletem os filtros: recalculados no seu navegador com {dev} arremessos de dev e {prod} de prod.',
  'drift.scope.sampled':
    'O navegador tem uma amostra aleatória das linhas; os números filtrados são estimativas.',

  'drift.verdict.heading': 'Veredito',
  'drift.dataset.drifted':
    'Desvio no conjunto de dados: {drifted} de {columns} variáveis com desvio (proporção {share} ≥ {driftShare}).',
  'drift.dataset.notDrifted':
    'Sem desvio no conjunto de dados: {drifted} de {columns} variáveis com desvio (proporção {share} < {driftShare}).',
  'drift.rule.auto.large':
    'Padrões compatíveis com o Evidently para uma referência de {rows} arremessos de dev (mais de 1000): distância de Wasserstein normalizada ≥ 0,1 para colunas numéricas com mais de 5 valores distintos; distância de Jensen-Shannon ≥ 0,1 para colunas categóricas e numéricas com no máximo 5 valores.',
  'drift.rule.auto.small':
    'Padrões compatíveis com o Evidently para uma referência de {rows} arremessos de dev (1000 ou menos): p de Kolmogorov-Smirnov ≤ 0,05 para colunas numéricas com mais de 5 valores distintos; p do qui-quadrado < 0,05 para as demais colunas com mais de 2 valores; p do teste Z de duas proporções < 0,05 para colunas com 2 valores.',
  'drift.rule.typing':
    'Colunas inteiras com no máximo 10 valores distintos contam como categóricas.',
  'drift.rule.dataset':
    'O conjunto de dados tem desvio quando a proporção de variáveis com desvio é de pelo menos {driftShare} (o drift_share do Evidently).',
  'drift.rule.fixed':
    '{method} para todas as variáveis; há desvio quando {rule} (o limiar padrão do teste).',
  'drift.rule.numericalOnly':
    'Ele só se aplica a colunas numéricas: as categóricas mantêm o teste automático do Evidently.',
  'drift.rule.scoreAtLeast': 'valor ≥ {threshold}',
  'drift.rule.pAtMost': 'p ≤ {threshold}',
  'drift.rule.pBelow': 'p < {threshold}',

  'drift.method.auto': 'Automático (Evidently)',
  'drift.method.wasserstein': 'Distância de Wasserstein normalizada',
  'drift.method.jensenshannon': 'Distância de Jensen-Shannon',
  'drift.method.psi': 'PSI (índice de estabilidade populacional)',
  'drift.method.ks': 'p-valor de Kolmogorov-Smirnov',
  'drift.method.chisquare': 'p-valor do qui-quadrado',
  'drift.method.z': 'p-valor do teste Z',
  'drift.methodSelector.label': 'Teste de desvio',
  'drift.methodSelector.help':
    'O automático do Evidently escolhe um teste por coluna, pelo tipo dela e pelo tamanho da referência; as outras opções aplicam um só teste a todas as colunas, com o limiar padrão dele.',
  'drift.methodInvalid':
    'drift_method={value} não é um de auto, psi, ks, jensenshannon, wasserstein; usando auto.',

  'drift.table.title': 'Desvio por variável',
  'drift.table.caption':
    'Dev (referência) contra prod (atual), uma linha por variável do modelo. As colunas ordenáveis têm um botão no cabeçalho.',
  'drift.col.feature': 'Variável',
  'drift.col.test': 'Teste',
  'drift.col.statistic': 'Estatística',
  'drift.ruleCell': 'desvio quando {rule}',
  'drift.col.verdict': 'Veredito',
  'drift.col.alternatives': 'Outras estatísticas',
  'drift.col.support': 'Prod fora do suporte de dev',
  'drift.sort.by': 'Ordenar por {column}',
  'drift.type.numerical': 'numérica',
  'drift.type.categorical': 'categórica',
  'drift.typeDetail': '{type} · {dtype}, {distinct} valores',
  'drift.dtype.int': 'inteiro',
  'drift.dtype.float': 'decimal',
  'drift.dtype.string': 'texto',
  'drift.dtype.bool': 'booleano',
  'drift.alt.psi': 'PSI',
  'drift.alt.ks': 'D de K-S',
  'drift.alt.ksP': 'p',
  'drift.alt.js': 'JS',
  'drift.alt.wasserstein': 'W normalizada',
  'drift.keptAuto': 'exige coluna numérica: teste automático mantido',
  'drift.verdict.yes': 'Com desvio',
  'drift.verdict.no': 'Sem desvio',
  'drift.chartLink': 'Gráfico',
  'drift.chartLinkLabel': 'Gráfico da distribuição de {feature}',

  'drift.support.title': 'Fora dos dados de treino',
  'drift.support.cellCentral': '{share} fora dos 99% centrais',
  'drift.support.cellRange': '{share} fora de [mín, máx]',
  'drift.support.cellCategories': '{share} em categorias novas',
  'drift.support.sentence':
    '{share} dos valores de {feature} em prod ({count} de {total} arremessos) ficam fora da faixa central de 99% de dev [{low}, {high}]{unit}, e {outside} além do mínimo e do máximo de dev [{min}, {max}]{unit}: ali o modelo extrapola além dos arremessos com que foi treinado.',
  'drift.support.sentenceCategories':
    '{share} dos valores de {feature} em prod ({count} de {total} arremessos) caem em categorias que dev nunca teve ({values}): o modelo nunca as viu no treino.',
  'drift.support.none':
    'Prod fica dentro do suporte de dev: em todas as variáveis, menos de {limit} dos valores de prod ficam fora da faixa central de 99% de dev.',

  'drift.distributions.title': 'Distribuições, dev vs prod',
  'drift.distributions.intro':
    'As alturas são frações dos arremessos de cada conjunto, para que dev e prod sejam comparáveis apesar dos tamanhos. Sombreado, onde boa parte de prod fica fora dela: a faixa dos 99% centrais dos valores de dev.',
  'drift.chart.title': '{feature}: dev vs prod',
  'drift.chart.verdict': '{method} {statistic} (desvio quando {rule}): {verdict}',
  'drift.chart.devRange': '99% centrais de dev',
  'drift.legend': '{dataset}, {count} arremessos',
  'drift.axis.share': 'Fração dos arremessos (%)',
  'drift.axis.sharePerBin': 'Fração dos arremessos por faixa (%)',
  'drift.axis.score': 'Probabilidade prevista de acerto (prediction_score)',
  'drift.axis.madeRate': 'Taxa de acerto (%)',
  'drift.unit.degrees': 'graus',
  'drift.unit.feet': 'pés',
  'drift.unit.minutes': 'minutos',

  'drift.output.title': 'Saída do modelo e alvo',
  'drift.output.intro':
    'A pontuação do modelo e o resultado, dev vs prod. Eles não contam no veredito do conjunto de dados acima.',
  'drift.output.scoreTitle': 'Probabilidade prevista de acerto: dev vs prod',
  'drift.output.scoreShares':
    'No limiar {threshold}, {dev} dos arremessos de dev e {prod} dos de prod são previstos como acerto.',
  'drift.output.thresholdLine': 'limiar {threshold}',
  'drift.output.targetTitle': 'Taxa de acerto (alvo): dev vs prod',
  'drift.output.targetBar': '{rate} ({made} de {labelled})',
  'drift.output.targetKnown':
    'Só contam arremessos com resultado conhecido ({unknown} sem resultado ficam de fora).',
  'drift.output.noScore':
    'Não há coluna de probabilidade nas previsões: a distribuição da pontuação não está disponível.',
  'drift.output.noTarget':
    'Nenhum arremesso desta seleção tem resultado conhecido: a taxa de acerto não está disponível.',
}

import type { monitoringReasonsEn } from './monitoring-reasons-en'

/** As monitoring-reasons-en, in Brazilian Portuguese. */
export const monitoringReasonsPtBr: Record<keyof typeof monitoringReasonsEn, string> = {
  'reason.text': '{text}',
  'reason.subject.dev': 'dev ({file})',
  'reason.subject.prod': 'produção ({file})',
  'reason.subject.shownDev': 'os arremessos de dev exibidos',
  'reason.subject.shownProd': 'os arremessos de produção exibidos',
  'reason.subject.chunk': 'o bloco {key} ({chunking}) de {file}',
  'reason.chunking.season': 'temporada',
  'reason.chunking.month': 'mês',
  'reason.chunking.rows': 'ordem das linhas',
  'reason.chunking.fallback': '{chunking} (ordem das linhas)',

  'reason.report.noProbability':
    '{file} não tem coluna de probabilidade: as figuras baseadas no score não estão disponíveis',
  'reason.report.driftFailed': 'desvio não calculado entre {dev} e {prod}: {message}',

  'reason.metric.noLabelledRow': '{what} não tem linha com rótulo 0/1 e score',
  'reason.metric.oneClass':
    '{metric} não está definido em {what}: as {rows} linhas rotuladas são todas da classe {cls}',
  'reason.metric.notFinite': '{metric} não é um número finito em {what}',

  'reason.cbpe.fewDevRows':
    'a estimativa sem rótulos precisa de pelo menos {min} linhas de dev rotuladas para calibrar, e {what} tem {count}',
  'reason.cbpe.noScore': '{metric} não pode ser estimado: {what} não tem linha com score',
  'reason.cbpe.oneClass':
    '{metric} não pode ser estimado em {what}: as probabilidades calibradas são todas {value} (só uma classe esperada)',

  'reason.chunk.fewRows': '{what} tem {count} linhas, menos que as {min} que um bloco exige',
  'reason.chunk.fewLabelled':
    '{what} tem {count} linhas rotuladas, menos que as {min} que um bloco exige',
  'reason.chunk.fewScored':
    '{what} tem {count} linhas com score, menos que as {min} que um bloco exige',
  'reason.chunk.noTestableFeature': 'nenhuma variável de {what} pôde ser testada',
  'reason.chunk.driftFailed': 'desvio não calculado para {what}: {message}',
  'reason.chunks.noUsable': 'nenhum valor de {column} em {file} é utilizável',
  'reason.chunks.noColumn': '{file} não tem a coluna {column}',
  'reason.chunks.fallback':
    '{why}: os blocos por {chunking} passam a ser {count} blocos na ordem das linhas',
  'reason.chunks.missing':
    '{count} linhas de {file} não têm {column} utilizável e não estão em nenhum bloco por {chunking}',

  'reason.slice.noColumn': '{what} não tem a coluna {column}',
  'reason.slice.fewRows':
    '{column} = {value} tem {count} linhas rotuladas em {what}, menos que as {min} que um recorte exige',
  'reason.slice.oneClass':
    '{metric} não está definido para {column} = {value} em {what}: suas {count} linhas rotuladas são todas de uma classe',

  'reason.calibration.noLabels':
    'a calibração precisa de rótulos, e {what} não tem linha com rótulo e score',
  'reason.threshold.noLabelled': '{what} não tem linha rotulada com score',
  'reason.threshold.f1Zero': 'o F1 é 0 em todo limiar em {what}: nenhuma linha é da classe 1',
  'reason.threshold.youdenOneClass':
    'o J de Youden precisa das duas classes, mas toda linha rotulada de {what} é da classe {cls}',

  'reason.signal.valueMissing': 'falta um valor',
  'reason.signal.devProdMissing': '{metric} não pode ser comparado de dev para produção: {why}',
  'reason.signal.devZero':
    '{metric} é 0 em dev, então uma degradação relativa não está definida (produção {prod})',
  'reason.signal.devProdDegraded':
    '{metric} piorou {change} de dev ({dev}) para produção ({prod}), mais que os {limit} permitidos',
  'reason.signal.devProdWithin':
    '{metric} variou {change} de dev ({dev}) para produção ({prod}), dentro dos {limit} permitidos',
  'reason.signal.chunksMissing':
    '{metric} não pode ser comparado entre blocos por {chunking}: menos de dois blocos têm valor realizado',
  'reason.signal.chunksDegraded':
    '{metric} piorou {change} de {chunking} {from} ({a}) para {to} ({b}), mais que os {limit} permitidos',
  'reason.signal.chunksWithin':
    '{metric} nunca piorou mais que {limit} de um bloco por {chunking} para o seguinte (pior {change}, {from} → {to})',
  'reason.signal.datasetUnjudged':
    'o desvio do conjunto não pode ser julgado: nenhuma variável pôde ser testada',
  'reason.signal.datasetDrift':
    'desvio do conjunto: {drifted} de {columns} variáveis com desvio ({share}, na fração de {rule} ou acima): {features}',
  'reason.signal.noDatasetDrift':
    'sem desvio do conjunto: {drifted} de {columns} variáveis com desvio ({share}, abaixo da fração de {rule})',
  'reason.signal.importantUntested':
    'nenhuma das variáveis que mais importam ao modelo pôde ser testada quanto a desvio',
  'reason.signal.importantDrifted':
    'variáveis que mais importam ao modelo desviaram: {features} (importância: {importance})',
  'reason.signal.featureStatistic': '{name} ({method} {statistic})',
  'reason.signal.importantStable':
    'nenhuma das variáveis que mais importam ({features}) desviou (importância: {importance})',
  'reason.importance.coefficients':
    '|coeficiente × desvio padrão em dev| da regressão logística, as variáveis que somam 80% do total',
  'reason.importance.noCoefficients':
    'o modelo {model} não tem coeficientes: toda variável conta como importante',
  'reason.importance.pickled':
    'o modelo ({model}) foi lido de um pickle, cujos coeficientes não são ordenados: toda variável conta como importante',
  'reason.importance.noModel':
    'nenhum modelo foi encontrado no store: toda variável conta como importante',

  'reason.verdict.retrain': 'Retreinar: {causes}.',
  'reason.verdict.healthy':
    'Nenhum sinal de retreino: nenhuma métrica observada piorou além do limite e as entradas não desviaram.',

  'reason.validity.support':
    '{share} das linhas de produção estão fora do suporte de {feature} em dev ({detail})',
  'reason.validity.range':
    'os 99% centrais de dev vão de {low} a {high} (faixa completa {min}–{max})',
  'reason.validity.unseen': 'categorias que dev nunca viu: {categories}',
  'reason.validity.noUnseen': 'nenhuma categoria nova',
  'reason.validity.shiftUnchecked':
    'a mudança de calibração não pode ser verificada: produção não tem linha rotulada',
  'reason.validity.shifted':
    'o ECE dos scores calibrados é {dev} em dev e {prod} na produção rotulada (mudou, limite +{limit})',
  'reason.validity.stable':
    'o ECE dos scores calibrados é {dev} em dev e {prod} na produção rotulada (estável, limite +{limit})',
  'reason.validity.unchecked':
    'A estimativa sem rótulos não pode ser verificada: nenhuma variável de produção pôde ser comparada com dev.',
  'reason.validity.trusted':
    'A estimativa sem rótulos pode ser usada: as linhas de produção ficam dentro do suporte de dev (no máximo {share} fora em qualquer variável).',
  'reason.validity.trustedStable':
    'A estimativa sem rótulos pode ser usada: as linhas de produção ficam dentro do suporte de dev (no máximo {share} fora em qualquer variável) e a calibração está estável.',
  'reason.validity.untrusted':
    'A estimativa sem rótulos não é confiável aqui: {reasons}. O CBPE aprende P(acerto | score) em dev, então não diz nada sobre arremessos diferentes de todos os de dev.',
}
